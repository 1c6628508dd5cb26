// A malformed program: it must be rejected before anything runs.
var a = [1, 2;
// expect __proto__error: SyntaxError
