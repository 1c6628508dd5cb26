function f() { return notDefinedHere + 1; }
f();
// expect error: ReferenceError: notDefinedHere
