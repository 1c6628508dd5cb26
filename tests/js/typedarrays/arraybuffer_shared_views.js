const b = new ArrayBuffer(8);
const f = new Float64Array(b);
const u = new Uint8Array(b);
const i = new Int32Array(b);
f[0] = 1;
print(u.join());
i[1] = -1;
print(u.join(), f[0] !== 1);

// expect: 0,0,0,0,0,0,240,63
// expect: 0,0,0,0,255,255,255,255 true
