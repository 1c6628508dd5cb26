// A malformed program: it must be rejected before anything runs.
var s = "\x4";
// expect error: SyntaxErro