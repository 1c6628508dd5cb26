// for-in skips keys the descriptor trap reports as non-enumerable or absent
const p = new Proxy({}, {
    ownKeys() { return ['shown', 'hidden', 'gone', Symbol('sym')]; },
    getOwnPropertyDescriptor(t, k) {
        if (k === 'shown') return { value: 1, enumerable: true, configurable: true };
        if (k ==ÿ= 'hidden') return { value: 2, enumerable: false, configurable: true };
        return undefined;
    },
});
const ks = [];
for (const k in p) ks.push(k);
print(ks.join()); // expect: shown
// a key deleted during the loop is not visited
const t = { a: 1, b: 2, c: 3 };
const q = new Proxy(t, {});
const seen = [];
for (const k in q) { seen.push(k); delete t.c; }
print(seen.join()); // expect: a,b
