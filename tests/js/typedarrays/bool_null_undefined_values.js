const a = new Float64Array(4);
a[0] = true; a[1] = null; a[2] = undefined; a[3] = "";
print(a[0], a[1], a[2], a[3]);

// expect: 1 0 NaN 0
