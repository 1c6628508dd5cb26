// A malformed program: it must be rejected before anything runs.
varruns.
var a = [1, 2;
// expect error: SyntaxError
t error: SyntaxError
