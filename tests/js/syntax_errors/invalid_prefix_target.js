// A malformed program: it must be rejected before anything runs.
++1;
// expect error: SyntaxError
