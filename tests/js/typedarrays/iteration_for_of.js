const a = new Float64Array([0.5, 1.5, 2.5]);
let s = 0;
for (const v of a) s += v;
print(s);
for (const [i, v] of a.entries()) if (i === 1) print(i, v);

// expect: 4.5
// expect: 1 1.5
