print("never");
var r = /(?<=a)*/;
// expect error: SyntaxError
