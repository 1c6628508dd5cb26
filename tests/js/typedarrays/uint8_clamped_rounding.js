const a = new Uint8ClampedArray(10);
[0.5, 1.5, 2.5, 3.5, 254.5, 255.5, -0.4, 0.49999, 1.50001, 300].forEach((v, i) => a[i] = v);
print(a.join());

// expect: 0,2,2,4,254,255,0,0,2,255
