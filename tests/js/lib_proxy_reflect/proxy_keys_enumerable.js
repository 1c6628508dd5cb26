// Object.keys asks getOwnPropertyDescriptor once per string key and drops
// non-enumerable and absent ones; symbols are never asked about
const log = [];
const p = new Proxy({}, {
    ownKeys() { return ['a', 'b', 'c', Symbol('s')]; },
    getOwnPropertyDescriptor(t, k) {
        log.push(String(k));
        if (k === 'a') return { value: 1, enumerable: true, configurable: true };
        if (k === 'b') return { value: 2, enumerable: false, configurable: true };
        return undefined;
    },
    get(t, k) { return 'v-' + String(k); }
});
print(Object.keys(p).join()); // expect: a
print(log.join()); // expect: a,b,c
log.length = 0;
print(JSON.stringify(Object.values(p)), JSON.stringify(Object.entries(p))); // expect: ["v-a"] [["a","v-a"]]
print(log.join()); // expect: a,b,c,a,b,c
