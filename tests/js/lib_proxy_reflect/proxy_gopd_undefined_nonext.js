// hiding an existing property of a non-extensible target is a TypeError
const t = Object.preventExtensions({ a: 1 });
const p = new Proxy(t, { getOwnPropertyDescriptor() { return undefined; } });
print(Reflect.getOwnPropertyDescriptor(p, 'missing')); // expect: undefined
Reflect.getOwnPropertyDescriptor(p, 'a'); // expect error: TypeError
