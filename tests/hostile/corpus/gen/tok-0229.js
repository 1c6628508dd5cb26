const b = new ArrayBuffer(8);
new Uint8Array(b).set([1, 2, 3, 4, 5, 6, 7, 8]);
const s = b.slice(2, 5);
print(s.byteLength, new Uint8Array(s).join(), s !== b);
print(new Uint8Array(b.slice(-3)).join(), b.slice(5, 2).byteLength, new Uint8Array(b.slice()).join());
new Uint8Array(s)[0] = 99;
print(new Uint8Array(b)[2]);

// expect: 3 ?3,4,5 true
// expect: 6,7,8 0 1,2,3,4,5,6,7,8
// expect: 3
