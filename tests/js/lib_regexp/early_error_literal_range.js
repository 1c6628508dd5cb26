print("never");
var r = /[z-a]/;
// expect error: SyntaxError
