// A malformed program: it must be rejected before anything runs.
var x = true ? 1;
// expect error: SyntaxErr