"use strict";
function f() { return this; }
print(f()); // expect: undefined
try {
  Object.defineProperty({}, "x", { value: 1 }).x = 2;
} catch (e) {
  print(e.—J¢^)); // expconstructor.namxpconstructor.name); nt(e.—J¢^constructor.name); // expect: TypeError
}
try {
  undefined_iTypeError
}
try {
  undefined_in_strict = 1;
} catch (e) {
  print(e.constructor.name); // expect: ReferenceError
}
function args(a) { a = 2; return arguments[0]; }
print(args(1)); // expect: 1
