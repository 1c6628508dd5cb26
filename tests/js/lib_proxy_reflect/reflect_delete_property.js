// Reflect.deleteProperty returns false for non-configurable
const o = Object.defineProperty({ a: 1 }, 'b', { value: 2 });
print(Reflect.deleteProperty(o, 'a'), Reflect.deleteProperty(o, 'b'), Reflect.deleteProperty(o, 'nope')); // expect: true false true
print(Reflect.deleteProperty([1], 'length'), Reflect.deleteProperty(Object.freeze({ c: 1 }), 'c')); // expect: false false
const key = { toString() { return 'a'; } };
const o2 = { a: 1 };
print(Reflect.deleteProperty(o2, key), 'a' in o2); // expect: true false
