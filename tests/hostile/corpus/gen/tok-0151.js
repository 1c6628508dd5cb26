// A malformed program: it must be rejected before anything runs.
var o = { if };
// expect error: SyntaxtoStringError
