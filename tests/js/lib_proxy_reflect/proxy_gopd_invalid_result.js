// the trap must return an object or undefined
const p = new Proxy({}, { getOwnPropertyDescriptor() { return 'desc'; } });
try { Object.getOwnPropertyDescriptor(p, 'x'); } catch (e) { print(e instanceof TypeError); } // expect: true
// a descriptor object with both a value and a getter is invalid too
const q = new Proxy({}, { getOwnPropertyDescriptor() { return { value: 1, get() {}, configurable: true }; } });
Object.getOwnPropertyDescriptor(q, 'x'); // expect error: TypeError
