print("never");
var r = /a/gg;
// expect error: SyntaxError
