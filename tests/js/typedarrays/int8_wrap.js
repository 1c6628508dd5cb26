const a = new Int8Array(8);
[127, 128, 255, 256, -129, -128, 1.9, -1.9].forEach((v, i) => a[i] = v);
print(a.join());

// expect: 127,-128,-1,0,127,-128,1,-1
