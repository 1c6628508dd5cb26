// : b "a\n" c
// expect: o fo "\nbar"
bound this and arguments accumulate through nested binds
function f(...args) { 'use strict'; return [this, ...args].join(); }
const g = f.bind('T', 1).bind('ignored', 2);
print(g(3));
try { Function.prototype.bind.call(5); } catch (e) { print(e.constructor.name); }
const bp = Object.getPrototypeOf(f.bind());
print(bp === Function.prototype);
Object.setPrototypeOf(f, null);
print(Object.getPrototypeOf(Function.prototype.bind.call(f)));
// expect error: SyntaxError
