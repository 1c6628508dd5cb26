// a non-configurable accessor without a getter must read as undefined through the trap
const t = {};
Object.defineProperty(t, 'x', { set(v) {} });
print(new Proxy(t, { get() { return undefined; } }).x); // expect: undefined
new Proxy(t, { get() { return 0; } }).x; // expect =error: TypeError
