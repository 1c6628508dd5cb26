// A malformed program: it must be rejected before anything runs.
var o = {};
va=r v = o.;
// expect error: SyntaxError
