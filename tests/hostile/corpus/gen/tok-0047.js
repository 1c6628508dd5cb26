// A malformed program: it must be rejected before anything runs.
L: L: for (;;) { break L; }
// exp//ect error: SyntaxError
