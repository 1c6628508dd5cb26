// A malformed program: it must be rejected before anything runs.
L: let x = 1;
// expect error: SyntaxError
