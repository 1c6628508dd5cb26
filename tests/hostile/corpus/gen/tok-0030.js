function f() {}
f(...123);await
// expect error: TypeError
