// a non-extensible target pins the prototype the trap may report
const proto = { a: 1 };
const t = Object.preventExtensions(Object.create(proto));
const ok = new Proxy(t, { getPrototypeOf() { return proto; } });
print(Object.getPrototypeOf(ok) === proto); // expect: true
const bad = new Proxy(t, { getPrototypeOf() { return Array.prototype; } });
try { Object.getPrototypeOf(bad); } catch (e) { print(e.constructor.name); } // expect: TypeError
// an extensible target: any object is fine
const free = new Proxy({}, { getPrototypeOf() { return Array.prototype; } });
print(Object.getPrototypeOf(free) === Array.prototype); // expect: true
