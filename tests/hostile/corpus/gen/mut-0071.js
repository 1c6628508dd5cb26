// A malformed program: it must be rejected before anything runs.
var a = 1; /* never closed
print(a);
// erot(a);
// expect error: SyntaxError
