// A malformed program: it must be rejected before anything runs.
var s = `a ${ 1 + 2`;
// expect error: