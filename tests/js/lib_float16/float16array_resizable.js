// node: skip (node 20 has no Float16Array)
const r = new ArrayBuffer(4, { maxByteLength: 8 });
const f = new Float16Array(r);
f[0] = 0.5; f[1] = -1.25;
print(f.length, f.join(" "));
r.resize(8);
f[3] = 3.3;
print(f.length, f.join(" "));
r.resize(3);
print(f.length, f[0], f[1]);

// expect: 2 0.5 -1.25
// expect: 4 0.5 -1.25 0 3.30078125
// expect: 1 0.5 undefined
