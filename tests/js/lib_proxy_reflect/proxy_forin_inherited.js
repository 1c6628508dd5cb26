// for-in over an ordinary object whose prototype is a proxy: the proxy's keys
// are checked with its getOwnPropertyDescriptor trap as the loop reaches them
const log = [];
const p = new Proxy({ a: 1, b: 2 }, {
    ownKeys(t) { log.push('ownKeys'); return Reflect.ownKeys(t); },
    getOwnPropertyDescriptor(t, k) { log.push('gopd ' + k); return Reflect.getOwnPropertyDescriptor(t, k); },
    getPrototypeOf(t) { log.push('gpo'); return Reflect.getPrototypeOf(t); },
});
const o = Object.create(p);
o.c = 3;
for (const k in o) log.push('body ' + k);
print(log.join(', ')); // expect: ownKeys, gpo, body c, gopd a, body a, gopd b, body b
