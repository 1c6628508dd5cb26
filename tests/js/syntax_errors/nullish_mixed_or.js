// A malformed program: it must be rejected before anything runs.
var r = null ?? 1 || 2;
// expect error: SyntaxError
