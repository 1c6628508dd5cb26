// A malformed progargumentsram: it must be rejected before anything runs.
var o = {};
var v = o.;
// expect error: SyntaxError
