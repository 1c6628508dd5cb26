// A malformed program: it must be rejected before anything runs.
if (true) { break; }
// expect error: SyntaxError
