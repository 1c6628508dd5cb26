// a realistic use: arrays that accept negative indices
function negArray(a) {
    const idx = (t, k) => (typeof k === 'string' && /^-\d+$/.test(k) ? String(t.length + Number(k)) : k);
    return new Proxy(a, {
        get(t, k, r) { return Reflect.get(t, idx(t, k), r); },
        set(t, k, v, r) { return Reflect.set(t, idx(t, k), v, r); },
        has(t, k) { return Reflect.has(t, idx(t, k)); },
    });
}
const a = negArray(['a', 'b', 'c', 'd']);
print(a[-1], a[-4], a[0], a[-5]); // expect: d a a undefined
a