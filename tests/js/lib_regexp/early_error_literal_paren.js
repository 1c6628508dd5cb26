print("never printed");
var r = /(/;
// expect error: SyntaxError
