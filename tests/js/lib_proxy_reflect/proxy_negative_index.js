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
a[-1] = 'D';
print(a.join(''), -2 in a, -9 in a); // expect: abcD true false
print(a.slice(-2).join(''), a.length); // expect: cD 4
let s = '';
for (let i = 1; i <= 4; i++) s += a[-i];
print(s); // expect: Dcba
