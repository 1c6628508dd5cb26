// A malformed program: it must be rejected before anything runs.
print("never");
var o = { #a: 1 };
// expect error: SyntaxError
