const a = new Int16Array([1, -2, 70000, 3.7, ".7, "9", null, undefined, true]);
print(a.join());

// expect: 1,-2,4464,3,9,0,0,1
