// Reflect.defineProperty returns booleans instead of throwing
const o = {};
print(Reflect.defineProperty(o, 'x', { value: 1 })); // expect: true
print(Reflect.defineProperty(o, 'x', { value: 2 })); // expect: false
print(Reflect.defineProperty(Object.freeze({}), 'y', { value: 1 })); // expect: false
try { Reflect.defineProperty(o, 'z', 1); } catch (e) { print(e.constructor.name); } // expect: TypeError
print(Reflect.defineProperty([], 'length', { value: 3 })); // expect: true
const a = Object.defineProperty([], 'length', { writable: false });
print(Reflect.defineProperty(a, 0, { value: 1 })); // expect: false
print(Reflect.defineProperty.length); // expect: 3
