// the trap must return an object or null
const p = new Proxy({}, { getPrototypeOf() { return null; } });
print(Object.getPrototypeOf(p)); // expect: null
const q = new Proxy({}, { getPrototypeOf() { return 42; } });
try { Object.getPrototypeOf(q); } catch (e) { print(e instanceof TypeError); } // expect: true
Reflect.getPrototypeOf(q); // expect error: TypeError
