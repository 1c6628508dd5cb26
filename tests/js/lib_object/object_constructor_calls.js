// Object(value) and new Object(value)
print(typeof Object(), typeof Object(null), typeof Object(undefined)); // expect: object object object
const o = {};
print(Object(o) === o, new Object(o) === o); // expect: true true
const n = Object(1);
print(typeof n, n instanceof Number, n + 1); // expect: object true 2
const s = new Object('ab');
print(s.length, typeof s); // expect: 2 object
const sym = Object(Symbol.iterator);
print(typeof sym, sym.valueOf() === Symbol.iterator); // expect: object true
print(Object.length, Object.name, Object.prototype.constructor === Object); // expect: 1 Object true
class D extends Object { constructor() { super(1); } }
const d = new D();
print(d instanceof D, typeof d, Object.getPrototypeOf(d) === D.prototype); // expect: true object true
