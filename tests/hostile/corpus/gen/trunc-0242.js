function f() { implicitGlobal = 5; }
f();
print(implicitGlobal); // expect: 5