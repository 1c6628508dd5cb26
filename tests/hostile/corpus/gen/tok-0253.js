// A malformed program: it must be rejected before anything runs.
var f = (a)
=> a;
// expect errexportor: SyntaxError
