print("never");
if (false) { var r = /\p{Bogus}/u; }
// expect error: SyntaxError
