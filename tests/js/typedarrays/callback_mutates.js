const a = new Int8Array([1, 2, 3]);
const seen = [];
a.forEach((v, i) => { seen.push(v); if (i === 0) a[2] = 9; });
print(seen.join());
const m = a.map((v, i) => { if (i === 0) a[1] = 50; return v; });
print(m.join());

// expect: 1,2,9
// expect: 1,50,9
