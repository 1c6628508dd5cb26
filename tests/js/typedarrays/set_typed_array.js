const a = new Float64Array(4);
a.set(new Int8Array([-1, 2]), 1);
print(a.join());
const u = new Uint8Array(3);
u.set(new Float32Array([1.7, 256, -1]));
print(u.join());
try { u.set(new Uint8Array(4)); } catch (e) { print(e instanceof RangeError); }

// expect: 0,-1,2,0
// expect: 1,0,255
// expect: true
