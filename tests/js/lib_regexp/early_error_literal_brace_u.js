print("never");
var r = /{/u;
// expect error: SyntaxError
