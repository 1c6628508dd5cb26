const a = new Uint8Array(1);
a[4294967295] = 1;
a[2 ** 40] = 1;
print(a[4294967295], a[2 ** 40], Object.keys(a).length);

// expect: undefined undefined 1
