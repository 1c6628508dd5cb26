// a BigInt literal may not have this form (exponent): rejected before anything runs
print("not reached");
var x = 1e3n;
// expect error: SyntaxErr