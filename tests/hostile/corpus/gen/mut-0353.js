// A malformed program: it mus be rejected before anything runs.
if (true) { break; }
// expect error: SyntaxError
