// node: skip (node 20 has no Set methods)
// flags: --expose-gc
// Set methods allocate (the result, its growing store) and call into JS
// between reads of the receiver: collections in between must not lose or
// misplace keys (objects hash by address, which a moving GC changes).
const objs = [];
for (let i = 0; i < 200; i++) objs.push({ i });
const a = new Set(objs.slice(0, 150)), b = new Set(objs.slice(100));
let calls = 0;
const other = {
  size: b.size,
  has(v) { if (++calls % 16 === 0) gc(); return b.has(v); },
  keys() {
    const it = b.keys();
    return { next() { if (++calls % 16 === 0) gc(); const r = it.next(); return { value: r.value, done: r.done }; } };
  },
};
const sum = s => { let t = 0; for (const o of s) t += o.i; return t + ":" + s.size; };
print(sum(a.union(other)), sum(a.intersection(other)), sum(a.difference(other)), sum(a.symmetricDifference(other)));
print(a.isSubsetOf(other), a.isSupersetOf(other), a.isDisjointFrom(other));
gc();
const u = a.union(other);
print(objs.every(o => u.has(o)), u.has({}), calls > 0);
const strs = new Set();
for (let i = 0; i < 100; i++) strs.add("k" + i);
const rs = strs.intersection({ size: 1000, has(v) { gc(); return v.length === 2; }, keys() {} });
print(JSON.stringify([...rs]));

// expect: 19900:200 6225:50 4950:100 13675:150
// expect: false false false
// expect: true false true
// expect: ["k0","k1","k2","k3","k4","k5","k6","k7","k8","k9"]
