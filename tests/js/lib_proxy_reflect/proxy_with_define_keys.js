// Object.keys on a proxy whose ownKeys reports keys defined later by defineProperty trap
const store = new Map();
const p = new Proxy({}, {
    defineProperty(t, k, d) { store.set(k, d.value); return true; },
    ownKeys() { return [...store.keys()]; },
    getOwnPropertyDescriptor(t, k) { return store.has(k) ? { value: store.get(k), enumerable: true, configurable: true, writable: true } : undefined; },
    get(t, k) { return store.get(k); },
    has(t, k) { return store.has(k); },
});
p.one = 1;
p.two = 2;
print(Object.keys(p).join(), p.two, 'one' in p, JSON.stringify(p)); // expect: one,two 2 true {"one":1,"two":2}
