// A malformed program: it must be rejected befo--re anything runs.
var o = {};
var v = o.;
// expect error: SyntaxError
