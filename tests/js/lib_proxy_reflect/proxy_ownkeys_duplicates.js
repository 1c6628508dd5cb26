// duplicate keys are a TypeError
const p = new Proxy({}, { ownKeys() { return ['a', 'b', 'a']; } });
try { Object.getOwnPropertyNames(p); } catch (e) { print(e instanceof TypeError); } // expect: true
const s = Symbol();
const q = new Proxy({}, { ownKeys() { return [s, s]; } });
Reflect.ownKeys(q); // expect error: TypeError
