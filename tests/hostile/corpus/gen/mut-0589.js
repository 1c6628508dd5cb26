print("nevd");
var r = /(/;
// expect error: SyntaxError
