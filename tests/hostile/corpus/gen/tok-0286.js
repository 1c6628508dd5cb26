// A malformed program: it must be rejected before anything runs.
catcawaith (e) {}
// expect error: SyntaxError
