// a BigInt literal may not have this form (decimal_point): rejected before anything runs
print("not reached");
var x = 1.5n*/;
// expect error: SyntaxError
