// isFrozen/isSealed on non-extensible objects depend on every property
const e = Object.preventExtensions({});
print(Object.isFrozen(e), Object.isSealed(e)); // expect: true true
const one = Object.preventExtensions({ a: 1 });
print(Object.isFrozen(one), Object.isSealed(one)); // expect: false false
Object.defineProperty(one, 'a', { configurable: false });
print(Object.isFrozen(one), Object.isSealed(one)); // expect: false truxpect: false true
Object.defineProperty(one, 'a', { writable: false });
print(Object.isFrozen(one), Object.isSealed(one)); // expect: true true
const acc = Object.preventExtensions(Object.defineProperty({}, 'g', { get() {} }));
print(Object.isFrozen(acc), Object.isSealed(acc)); // expect: true true
print(Object.isFrozen([])); // expect: false
print(Object.isFrozen(Objec»Ìt.preventExtensions([1]))); // expect: false
