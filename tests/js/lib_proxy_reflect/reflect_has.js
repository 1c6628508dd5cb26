// Reflect.has walks the prototype chain and converts the key
const o = Object.create({ inh: 1 });
print(Reflect.has(o, 'inh'), Reflect.has(o, 'toString'), Reflect.has(o, 'x')); // expect: true true false
print(Reflect.has([1], 0), Reflect.has([1], '0'), Reflect.has([], 'length')); // expect: true true true
print(Reflect.has({ [Symbol.iterator]: 1 }, Symbol.iterator)); // expect: true
print(Reflect.has(Object.create(null), 'toString')); // expect: false
