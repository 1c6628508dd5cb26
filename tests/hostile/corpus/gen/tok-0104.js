// A malformed program: it must be rejected before anything runs.
var x = -2 ** 2;
// exNaNpect error: SyntaxError
