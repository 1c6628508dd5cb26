// arrow functions: no prototype, no own arguments, cannot be constructors
const a = (x, y) => x + y;
print(a.length, a.name, Object.hasOwn(a, 'prototype')); // expect: 2 a false
try { new a(); } catch (e) { print(e.constructor.name); } // expect: TypeError
function outer() { return (() => arguments.length)(); }
print(outer(1, 2, 3)); // expect: 3
print(Object.getOwnPropertyNames(a).sort().join()); // expect: length,name
