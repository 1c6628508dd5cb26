// the trap must return an object (CreateListFromArrayLike)
const p = new Proxy({}, { ownKeys() { return 'ab'; } });
try { Reflect.ownKeys(p); } catch (e) { print(e instanceof TypeError); } // expect: true
Object.keys(p); // expect error: TypeError
