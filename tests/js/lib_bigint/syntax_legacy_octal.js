// a BigInt literal may not have this form (legacy_octal): rejected before anything runs
print("not reached");
var x = 017n;
// expect error: SyntaxError
