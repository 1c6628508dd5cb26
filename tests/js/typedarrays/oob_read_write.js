const a = new Uint8Array(3);
a[3] = 9; a[100] = 1; a[-1] = 2;
print(a[3], a[100], a[-1], a.length, Object.keys(a).join());

// expect: undefined undefined undefined 3 0,1,2
