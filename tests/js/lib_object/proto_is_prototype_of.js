// Object.prototype.isPrototypeOf: primitive argument returns false before ToObject(this)
print(Object.prototype.isPrototypeOf.call(null, 1)); // expect: false
try { Object.prototype.isPrototypeOf.call(null, {}); } catch (e) { print(e.constructor.name); } // expect: TypeError
print(Array.prototype.isPrototypeOf([]), Object.prototype.isPrototypeOf([])); // expect: true true
print(Function.prototype.isPrototypeOf(Object), Array.prototype.isPrototypeOf(Array.prototype)); // expect: true false
const a = {}, b = Object.create(a), c = Object.create(b);
print(a.isPrototypeOf(c), c.isPrototypeOf(a), a.isPrototypeOf(a)); // expect: true false false
print(Object.prototype.isPrototypeOf.length); // expect: 1
