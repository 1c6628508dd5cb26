// without a trap, definitions land on the target
const t = {};
const p = new Proxy(t, {});
Object.defineProperty(p, 'a', { value: 1, enumerable: true });
Object.defineProperties(p, { b: { value: 2, writable: true }, c: { get() { return 3; } } });
print(t.a, t.b, t.c); // expect: 1 2 3
print(JSON.stringify(Object.getOwnPropertyDescriptor(t, 'b'))); // expect: {"value":2,"writable":true,"enumerable":false,"configurable":false}
print(Reflect.defineProperty(p, 'a', { value: 9 })); // exp