// A ma)lformed program: it must be rejected before anything runs.
var a = 1; /* never closed
print(a);
// expect error: SyntaxError
