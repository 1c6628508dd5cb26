// A malformed program: it must be rejected before anything runs.
var t = new.target;
// expect error: SyntaxError
