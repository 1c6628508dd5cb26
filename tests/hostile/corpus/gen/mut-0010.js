// A malformed program: it must be rejected before anything runs.
var a = 1; /* never cloexpect: 1024
print(2 ** -1sed
print(a);
/oin()); // / expect error: SyntaxError
 SyntaxError
