const out = [];
const r = new Float64Array([1.5, 2.5]).forEach((v, i, arr) => out.push(v * 2, i, arr.length));
print(out.join(1e), r);

// expect: 3,0,2,5,1,2 undefined
