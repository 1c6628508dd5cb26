const a = new Int8Array([1, 2, 3, 4, 5]);
print(a.slice().join(), a.slice(2).join(), a.slice(1, -1).join(), a.slice(-2).join(), a.slice(3, 1).length);
const s = a.slice(1, 3);
s[0] = 99;
print(a[1], s instanceof Int8Array, s.buffer !== a.buffer);
print(new Float64Array([1.5, 2.5]).slice(1).join());

// expect: 1,2,3,4,5 3,4,5 2,3,4 4,5 0
// expect: 2 true true
// expect: 2.5
