// deleteProperty may not report an existing property of a non-extensible target as deleted
const t = Object.preventExtensions({ a: 1 });
const p = new Proxy(t, { deleteProperty() { return true; } });
print(delete p.missing); // expect: true
try { delete p.a; } catch (e) { print(e instanceof TypeError); } // expect: true
Reflect.deleteProperty(p, 'a'); // expect error: TypeError
