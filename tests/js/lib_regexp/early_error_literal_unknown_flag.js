print("never");
var r = /a/q;
// expect error: SyntaxError
