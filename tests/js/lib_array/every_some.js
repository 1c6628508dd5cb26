// every/some: skip holes, early exit, empty results
const v = [];
print([1, , 3].every(x => { v.push(x); return true; }), v.join()); // expect: true 1,3
print([].every(() => false), [].some(() => true)); // expect: true false
print([1, 2, 3].some(x => x > 2), [1, 2, 3].every(x => x > 2)); // expect: true false
const o = { length: 2, 0: 1, 1: 2 };
print(Array.prototype.some.call(o, x => x === 2)); // expect: true
try { [].every(); } catch (e) { print(e.constructor.name); } // expect: TypeError
print(Array.prototype.every.length, Array.prototype.some.length); // expect: 1 1
print([1].some(function () { return this === undefined; })); // expect: false
print([1].some(function () { 'use strict'; return this === undefined; })); // expect: true
