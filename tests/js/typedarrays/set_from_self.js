const a = new Uint8Array([1, 2, 3, 4]);
a.set(a);
print(a.join());
a.set(a.subarray(0, 2), 2);
print(a.join());
a.set(a.subarray(2), 0);
print(a.join());

// expect: 1,2,3,4
// expect: 1,2,1,2
// expect: 1,2,1,2
