function f() { implicitGlobal = 5; }
f();
print(implicitGlobal); // expect: 5
print(globalThis.implicitGlobal); // expect: 5
