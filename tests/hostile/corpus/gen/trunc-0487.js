// object spread copies through ownKeys, getOwnPropertyDescriptor and get
const log = [];
const s = Symbol('s');
const p = new Proxy({ a: 1, [s]: 2 }, {
    ownKeys(t) { log.push('ownKeys'); return Reflect.ownKeys(t); },
    getOwnPropertyDescriptor(t, k) { log.push('gopd ' + String(k)); return Reflect.getOwnPropertyDescriptor(t, k); },
    get(t, k, r) { log.push('get ' + String(k)); return Reflect.get(t, k, r); },
});
const copy = { ...p };
print(copy.a, copy[s]); // expect: 1 2
print(log.join(', ')); // expect: ownKeys, gopd a, get