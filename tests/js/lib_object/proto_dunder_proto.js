// __proto__ accessor on Object.prototype
const d = Object.getOwnPropertyDescriptor(Object.prototype, '__proto__');
print(typeof d.get, typeof d.set, d.enumerable, d.configurable); // expect: function function false true
const o = {};
o.__proto__ = Array.prototype;
print(Array.isArray(o), o instanceof Array); // expect: false true
o.__proto__ = 5;
print(o instanceof Array); // expect: true
const n = Object.create(null);
n.__proto__ = Array.prototype;
print(Object.getPrototypeOf(n), Object.keys(n).join()); // expect: null __proto__
print(d.get.call(1) === Number.prototype); // expect: true
try { d.get.call(null); } catch (e) { print(e.constructor.name); } // expect: TypeError
print(d.set.call(1, {})); // expect: undefined
try { d.set.call(undefined, {}); } catch (e) { print(e.constructor.name); } // expect: TypeError
const lit = { __proto__: null };
print(Object.getPrototypeOf(lit)); // expect: null
const lit2 = { ['__proto__']: 1 };
print(Object.keys(lit2).join(), Object.getPrototypeOf(lit2) === Object.prototype); // expect: __proto__ true
