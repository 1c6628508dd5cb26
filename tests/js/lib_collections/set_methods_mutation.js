// node: skip (node 20 has no Set methods; expectations derived from ECMA-262 24.2.4)
// Walks over the receiver see its live contents (entries added by has()
// are visited); difference walks a copy; union / symmetricDifference copy
// the receiver after calling keys().
const j = s => JSON.stringify([...s]);
const seen = [];
const s1 = new Set([1, 2]);
const r1 = s1.intersection({ size: 10, has(v) { seen.push(v); if (v === 1) s1.add(3); return true; }, keys() { throw new Error("keys"); } });
print(j(r1), seen.join());
seen.length = 0;
const s2 = new Set([1, 2]);
const r2 = s2.intersection({ size: 10, has(v) { seen.push(v); if (v === 1 && seen.length === 1) { s2.delete(1); s2.add(1); } return true; }, keys() {} });
print(j(r2), seen.join());
seen.length = 0;
const s3 = new Set([1, 2, 3]);
const r3 = s3.difference({ size: 10, has(v) { seen.push(v); s3.delete(3); s3.add(4); return v === 2; }, keys() {} });
print(j(r3), seen.join(), j(s3));
seen.length = 0;
const s4 = new Set([1, 2]);
print(s4.isSubsetOf({ size: 2, has(v) { seen.push(v); s4.delete(2); return true; }, keys() {} }), seen.join());
seen.length = 0;
const s5 = new Set([1, 2]);
print(s5.isDisjointFrom({ size: 5, has(v) { seen.push(v); if (v === 2) s5.add(7); return v === 7; }, keys() {} }), seen.join());
seen.length = 0;
const s6 = new Set([1, 2, 3]);
print(s6.isSubsetOf({ size: 3, has(v) { seen.push(v); s6.clear(); return true; }, keys() {} }), seen.join(), s6.size);
// union: keys() runs before the copy, next() after it
const u = new Set([1]);
const ru = u.union({
  size: 1, has() {},
  keys() { u.add(2); let done = false; return { next() { u.add(9); const r = done ? { done: true } : { value: 3, done: false }; done = true; return r; } }; },
});
print(j(ru), j(u));
// symmetricDifference tests membership in the live receiver
const sd = new Set([1, 2]);
const vals = [3, 2];
let i = 0;
const rsd = sd.symmetricDifference({ size: 2, has() {}, keys() { return { next() { if (i === 0) sd.add(3); return i < vals.length ? { value: vals[i++], done: false } : { done: true }; } }; } });
print(j(rsd), j(sd));
// intersection over keys and isSupersetOf test the live receiver too
const si = new Set([1, 2, 3]);
let k = 0;
const ri = si.intersection({ size: 1, has() {}, keys() { return { next() { si.add(4); return k++ ? { done: true } : { value: 4, done: false }; } }; } });
print(j(ri));
const sp = new Set([1, 2]);
let n = 0;
print(sp.isSupersetOf({ size: 1, has() {}, keys() { return { next() { sp.delete(1); return n++ ? { done: true } : { value: 1, done: false }; } }; } }));
// the difference's keys branch removes from the copy only
const sdk = new Set([1, 2, 3]);
print(j(sdk.difference(new Set([2]))), j(sdk));
// this.size is read after GetSetRecord, whose getters may grow the receiver
const sz = new Set([1]);
print(sz.isSubsetOf({ get size() { sz.add(2).add(3); return 2; }, has: () => true, keys() {} }), sz.size);
const sz2 = new Set([1, 2, 3]);
print(JSON.stringify([...sz2.intersection({ size: 2, get has() { sz2.clear(); sz2.add(1); return () => false; }, keys: () => [1, 2].values() })]));

// expect: [1,2,3] 1,2,3
// expect: [1,2] 1,2,1
// expect: [1,3] 1,2,3 [1,2,4]
// expect: true 1
// expect: false 1,2,7
// expect: true 1 0
// expect: [1,2,3] [1,2,9]
// expect: [1] [1,2,3]
// expect: [4]
// expect: false
// expect: [1,3] [1,2,3]
// expect: false 3
// expect: []
