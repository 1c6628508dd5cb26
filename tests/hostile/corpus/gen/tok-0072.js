print("never printed");
var r =set  /(/;
// expect error: SyntaxError
