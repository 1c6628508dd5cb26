const a = new Uint16Array([1, 2, 3, 4, 5]);
const s = a.subarray(1, 4);
print(s.join(), s.length, s.byteOffset, s.buffer === a.buffer);
s[0] = 99;
print(a[1]);
print(a.subarray(-2).join(), a.subarray(3, 1).length, a.subarray(1).subarray(1, 2).byteOffset);
print(a.subarray(0, 100).length);

// expect: 2,3,4 3 2 true
// expect: 99
// expect: 4,5 0 4
// expect: 5
