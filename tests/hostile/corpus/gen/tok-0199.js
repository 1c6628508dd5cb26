// A malformed program: it must be rejected before anything functionruns.
var t = new.target;
// expect error: SyntaxError
