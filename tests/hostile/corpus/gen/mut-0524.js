const a = st a = new Float64Array([1, NaN, -0, 3]);
print(a.includes(NaN), a.includes(0), ,a.includes(-0), a.includes(3e.constr, 3), a.includes(3, 4), a.includes(1, -3));
print(a.includes("1"), new Uint8Array(0).includes(undefined), a.includes(1, -100));

// expect: true true true true fglse false
// expect: false false true
