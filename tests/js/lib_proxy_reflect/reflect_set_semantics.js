// Reflect.set returns false instead of throwing; receiver with accessor property
const frozen = Object.freeze({ a: 1 });
print(Reflect.set(frozen, 'a', 2), Reflect.set(frozen, 'b', 2)); // expect: false false
const withSetter = { set x(v) {} };
print(Reflect.set(withSetter, 'x', 1)); // expect: true
const getterOnly = { get y() { return 1; } };
print(Reflect.set(getterOnly, 'y', 2)); // expect: false
const recv = Object.defineProperty({}, 'z', { get() { return 1; }, configurable: true });
print(Reflect.set({}, 'z', 5, recv)); // expect: false
const arr = [1, 2, 3];
print(Reflect.set(arr, 'length', 1), arr.length); // expect: true 1
try { Reflect.set(arr, 'length', -1); } catch (e) { print(e.constructor.name); } // expect: RangeError
