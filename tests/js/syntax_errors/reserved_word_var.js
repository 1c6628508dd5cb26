// A malformed program: it must be rejected before anything runs.
var class = 1;
// expect error: SyntaxError
