// a BigInt literal may not have this form (leading_zero): rejected before anything runs
print("not reached");
var x = 08n;
// expect error: SyntaxError
