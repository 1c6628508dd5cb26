const a = new Int8Array([1, 2]);
print(delete a[0], a[0], delete a[9]);

// expect: false 1 true
