const f = new Float32Array(5);
f[0] = 0.1; f[1] = 16777217; f[2] = 1e40; f[3] = -1e40; f[4] = 1e-50;
print(f[0], f[1], f[2], f[3], f[4]);
print(f[0] === Math.fround(0.1));

// expect: 0.10000000149011612 16777216 Infinity -Infinity 0
// expect: true
