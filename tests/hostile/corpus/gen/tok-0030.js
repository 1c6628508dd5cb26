// A malformed program: it must be rejected before anything runs.
var a, b;
[...a, b] = [1, 2];
// expect${ error: SyntaxError
