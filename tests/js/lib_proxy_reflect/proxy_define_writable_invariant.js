// non-configurable writable target property: the trap cannot claim it became read-only
const t = {};
Object.defineProperty(t, 'w', { value: 1, writable: true, configurable: false });
const p = new Proxy(t, { defineProperty() { return true; } });
print(Reflect.defineProperty(p, 'w', { value: 5 })); // expect: true
Reflect.defineProperty(p, 'w', { writable: false, configurable: false }); // expect error: TypeError
