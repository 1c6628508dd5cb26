// the get trap must report the value of a non-writable, non-configurable data property
const t = {};
Object.defineProperty(t, 'x', { value: 1 });
const p = new Proxy(t, { get() { return 1; } });
print(p.x); // expect: 1
const q = new Proxy(t, { get() { return 2; } });
q.x; // expect error: TypeError
