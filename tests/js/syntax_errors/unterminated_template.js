// A malformed program: it must be rejected before anything runs.
var t = `abc ${1};
// expect error: SyntaxError
