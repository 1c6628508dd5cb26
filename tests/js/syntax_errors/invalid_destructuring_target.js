// A malformed program: it must be rejected before anything runs.
var [1] = [1];
// expect error: SyntaxError
