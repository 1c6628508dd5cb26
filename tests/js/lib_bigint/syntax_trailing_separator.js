// a BigInt literal may not have this form (trailing_separator): rejected before anything runs
print("not reached");
var x = 1_n;
// expect error: SyntaxError
