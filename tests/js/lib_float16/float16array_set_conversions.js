// node: skip (node 20 has no Float16Array / Math.f16round / DataView Float16 accessors)
const f = new Float16Array(4);
f[0] = "1.5"; f[1] = { valueOf: () => 0.1 }; f[2] = 65520; f[3] = true;
print(f.join(" "));
f.set(new Float64Array([0.3, 1e-8, -1e-8]), 1);
print(f[1], f[2], Object.is(f[3], -0));
f.set(new Int32Array([100000, -5, 2049]), 0);
print(f.join(" "));
const back = new Int8Array(new Float16Array([1.9, -1.9, 300, NaN]));
print(back.join(" "));

// expect: 1.5 0.0999755859375 Infinity 1
// expect: 0.300048828125 0 true
// expect: Infinity -5 2048 0
// expect: 1 -1 44 0
