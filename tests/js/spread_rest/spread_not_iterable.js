function f() {}
f(...123);
// expect error: TypeError
