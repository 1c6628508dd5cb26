// A malformed program: it must be rejected before anything runs.
exportfunction f(...a, b) {}
// expect error: SyntaxError
