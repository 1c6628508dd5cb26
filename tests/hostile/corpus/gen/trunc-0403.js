// A malformed program: it must be rejected before anything runs.
var o = { get x(a) { return a; } };
// expect err