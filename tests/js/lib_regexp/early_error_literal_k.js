print("never");
var r = /\k<x>/u;
// expect error: SyntaxError
