// any array-like result works; length drives the list
const p = new Proxy({}, { ownKeys() { return { length: 3, 0: 'x', 1: 'y', 2: 'z', 3: 'ignored' }; } });
print(Reflect.ownKeys(p).join()); // expect: x,y,z
const q = new Proxy({}, { ownKeys() { return { length: 0 }; } });
print(Reflect.ownKeys(q).length); // expect: 0
