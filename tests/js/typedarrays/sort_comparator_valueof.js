const a = new Int8Array([1, 3, 2]);
a.sort((x, y) => ({ valueOf() { return x - y; } }));
print(a.join());

// expect: 1,2,3
