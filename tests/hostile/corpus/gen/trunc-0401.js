function f() { return notDefinedHere + 1; }
f();
// 