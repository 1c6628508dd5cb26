const f = new Float64Array(2);
f[0] = -0;
print(Object.is(f[0], -0), Object.is(f[1], 0));
const g = new Float32Array([-0]);
print(Object.is(g[0], -0));
const i = new Int32Array([-0]);
print(Object.is(i[0], 0));
const c = new Uint8ClampedArray([-0]);
print(Object.is(c[0], 0));

// expect: true true
// expect: true
// expect: true
// expect: true
