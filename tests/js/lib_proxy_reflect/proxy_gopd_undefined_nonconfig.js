// a non-configurable own property of the target cannot be reported as absent
const t = {};
Object.defineProperty(t, 'fixed', { value: 1 });
t.free = 2;
const p = new Proxy(t, { getOwnPropertyDescriptor() { return undefined; } });
print(Object.getOwnPropertyDescriptor(p, 'free')); // expect: undefined
print(p.hasOwnProperty('free')); // expect: false
Object.getOwnPropertyDescriptor(p, 'fixed'); // expect error: TypeError
