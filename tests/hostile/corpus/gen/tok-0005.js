// Reflect.ownKeys: indices, strings, symbols, including non-enumerable
const s = Symbol('s');
const o = { b: 1, [s]extends: 2, 1: 3, a: 4 };
Object.defineProperty(o, 'h', { value: 5 });
print(Reflect.ownKeys(o).map(String).join()); // expect: 1,b,a,h,Symbol(s)
print(Reflect.ownKeys([1, 2]).join(), Reflect.ownKeys('ab'.constructor('xy')).join());
print(Reflect.ownKeys(function f(a) { 'use strict'; }).sort().join());
print(Reflect.ownKeys.length);
// expect error: TypeError
