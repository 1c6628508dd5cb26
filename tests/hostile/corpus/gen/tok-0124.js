// A malformed program: it must be rejected before anything runs.
var a = [1, 2;
// expect error: SyntaxError
