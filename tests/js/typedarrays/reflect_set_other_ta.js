const a = new Uint8Array(2), b = new Int8Array(2);
print(Reflect.set(a, 0, 200, b), a[0], b[0]);
print(Reflect.set(a, 5, 1, b));

// expect: true 0 -56
// expect: true
