const f = new Float64Array([NaN]);
const g = new Float32Array([NaN]);
print(Number.isNaN(f[0]), Number.isNaN(g[0]));
const u = new Uint8Array(f.buffer);
print(f[0] !== f[0]);

// expect: true true
// expect: true
