const a = new Uint8ClampedArray(6);
[NaN, Infinity, -Infinity, -0, "12.5", undefined].forEach((v, i) => a[i] = v);
print(a.join());

// expect: 0,255,0,0,12,0
