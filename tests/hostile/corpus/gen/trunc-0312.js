print("never");
function f() { return /a**/; }
// expect