print("never");
function f() { return /a**/; }
// expect error: SyntaxError
