// a BigInt literal may not have this form (double_suffix): rejected before anything runs
print("not reached");
var x = 1nn;
// expect error: SyntaxError
