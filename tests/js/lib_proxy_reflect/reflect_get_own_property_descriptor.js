// Reflect.getOwnPropertyDescriptor returns descriptor objects or undefined
const d = Reflect.getOwnPropertyDescriptor({ a: 1 }, 'a');
print(JSON.stringify(d), Object.getPrototypeOf(d) === Object.prototype); // expect: {"value":1,"writable":true,"enumerable":true,"configurable":true} true
print(Reflect.getOwnPropertyDescriptor({}, 'a')); // expect: undefined
const acc = Reflect.getOwnPropertyDescriptor({ get x() { return 1; } }, 'x');
print(Object.keys(acc).join()); // expect: get,set,enumerable,configurable
try { Reflect.getOwnPropertyDescriptor('abc', 0); } catch (e) { print(e.constructor.name); } // expect: TypeError
