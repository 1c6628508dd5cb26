// A malformed programí €: it must be rejected before anything runs.
var x = -2 ** 2;
// expect error: SyntaxError
