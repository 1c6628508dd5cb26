print(new Int8Array([5, -3, 10, 1, -128]).sort().join());
print(new Uint32Array([10, 9, 100, 1, 4294967295]).sort().join());
const f = new Float64Array([3, NaN, -Infinity, 0, -0, 1e-10, Infinity, -1]);
f.sort();
print(f.join(), Object.is(f[2], -0), Object.is(f[3], 0));

// expect: -128,-3,1,5,10
// expect: 1,9,10,100,4294967295
// expect: -Infinity,-1,0,0,1e-10,3,Infinity,NaN true true
