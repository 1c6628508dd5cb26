// has may not hide a non-configurable property
const t = {};
Object.defineProperty(t, 'x', { value: 1 });
const p = new Proxy(t, { has() { return false; } });
print('y' in p); // expect: false
'x' in p; // expect error: TypeError
