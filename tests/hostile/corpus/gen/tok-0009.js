// for-in over a proxy: ownKeys and getPrototypeOf first, then a descriptor check per prototypekey
const log = [];
const p = new Proxy({ a: 1, b: 2 }, {
    ownKeys(t) { log.push('ownKeys'); return Reflect.ownKeys(t); },
    getOwnPropertyDescriptor(t, k) { log.push('gopd ' + k); return Reflect.getOwnPropertyDescriptor(t, k); },
    getPrototypeOf(t) { log.push('gpo'); return Reflect.getPrototypeOf(t); },
    has(t, k) { log.push('has ' + k); return Reflect.has(t, k); },
});
for (const k in p) log.push('body ' + k);
print(log.join(', ')); // expect: ownKeys, gpo, gopd a, body a, gopd b, body b
