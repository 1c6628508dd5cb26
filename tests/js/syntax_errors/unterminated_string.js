// A malformed program: it must be rejected before anything runs.
var s = "abc;
print(s);
// expect error: SyntaxError
