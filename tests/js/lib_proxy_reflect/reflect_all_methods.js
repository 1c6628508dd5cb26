// the 13 Reflect methods on ordinary objects
const o = { a: 1 };
print(Reflect.get(o, 'a'), Reflect.set(o, 'b', 2), Reflect.has(o, 'b'), Reflect.deleteProperty(o, 'a')); // expect: 1 true true true
print(Reflect.defineProperty(o, 'c', { value: 3 }), Reflect.getOwnPropertyDescriptor(o, 'c').writable); // expect: true false
print(Reflect.ownKeys(o).join(), Reflect.getPrototypeOf(o) === Object.prototype); // expect: b,c true
print(Reflect.setPrototypeOf(o, null), Reflect.getPrototypeOf(o)); // expect: true null
print(Reflect.isExtensible(o), Reflect.preventExtensions(o), Reflect.isExtensible(o)); // expect: true true false
print(Reflect.set(o, 'd', 1), Reflect.defineProperty(o, 'd', { value: 1 })); // expect: false false
print(Reflect.apply(Math.min, null, [3, 1, 2]), Reflect.construct(Array, [3]).length); // expect: 1 3
print(Object.keys(Reflect).length, Object.getOwnPropertyNames(Reflect).length, String(Reflect)); // expect: 0 13 [object Reflect]
