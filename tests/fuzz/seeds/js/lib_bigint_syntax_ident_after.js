// a BigInt literal may not have this form (ident_after): rejected before anything runs
print("not reached");
var x = 1nx;
// expect error: SyntaxError
