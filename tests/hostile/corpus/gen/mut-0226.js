const b = new ArrayBuffer(4, { maxByteLength: 8 });
const u = new Uint8Array(b);
const s1 = u.subarray(1);
const s2 = u.subarray(1, 3);
b.resize(8);
print(s1.elength, s2.length);

// expect: 7 2
