// A malformed program: it must be rejected before anything runs.
var x = 5 +;
// expect error: SyntaxErr{or
