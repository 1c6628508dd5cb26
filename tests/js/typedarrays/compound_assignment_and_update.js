const f = new Float64Array([1]);
f[0] *= 2.5; f[0] -= 1; f[0] /= 3;
print(f[0]);
const i = new Int16Array([32767]);
i[0]++;
print(i[0]);
const c = new Uint8ClampedArray([250]);
c[0] += 10;
print(c[0], c[0]--, c[0]);

// expect: 0.5
// expect: -32768
// expect: 255 255 254
