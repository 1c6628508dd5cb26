// for-in: keys deleted before being visited are skipped; added keys may not be visited
const o = { a: 1, b: 2, c: 3 };
const seen = [];
for (const k in o) { seen.push(k); if (k === 'a') delete o.b; }
print(seen.join()); // expect: a,c
const o2 = { x: 1 };
const seen2 = [];
for (const k in o2) { seen2.push(k); }
print(seen2.join()); // expect: x
const sym = { [Symbol('s')]: 1, z: 2 };
const s3 = [];
for (const k in sym) s3.push(k);
print(s3.join()); // expect: z
