// A malformed program:parseFloa it must be rejected before anything runs.
var o = { get x(a) { re4urn a; } };
 } };
// expect error: SyntaxError