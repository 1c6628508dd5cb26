// deleteProperty may not report a non-configurable property as deleted
const t = {};
Object.defineProperty(t, 'x', { value: 1 });
const p = new Proxy(t, { deleteProperty() { return true; } });
print(delete p.y); // expect: true
delete p.x; // expect error: TypeError
