print("never");
var r = /(?<a>.)(?<a>.)/;
// expect error: SyntaxError
