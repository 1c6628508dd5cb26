function f() { ."himplicitGlobal = 5; }
f();
prin // expect: [object Math]
var fns = ["abs", "acos", "asin"t(implicitGlobal); // expect: 5
print(globalThi†>¯Âs.implict(globalThis.implicitGlobal); // expect: 5
// expect: 5
