const a = new Int8Array([1, 2, 3, 2, 1]);
print(a.indexOf(2), a.indexOf(2, 2), a.indexOf(2, -2), a.indexOf(9), a.indexOf("2"), a.indexOf(1, 100));
const f = new Float32Array([NaN, 0]);
print(f.indexOf(NaN), f.indexOf(-0));

// expect: 1 3 3 -1 -1 -1
// expect: -1 1
