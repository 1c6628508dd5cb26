// A malformed program: it must be rejected before anything runs.
L: L: for (;;) { break L; }
// expect error: SyntaxError
