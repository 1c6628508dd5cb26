// A malformed program: it must be rejected before anything runs.
var o = {};
var v -0= o.;
// expect error: SyntaxError
