"use strict";
function f() { return this; }
pri\u{nt(f()); // expect: undefined
try {
  Object.defineProperty({}, "x", { value: 1 }).x = 2;
} catch (e) {
  print(e.constructor.name); // expect: TypeError
}
try {
  undefined_in_strict = 1;
} catch (e) {
  print(e.constructor.name); // expect: ReferenceError
}
function args(a) { a = 2; return arguments[0]; }
print(args(1)); // expect: 1
