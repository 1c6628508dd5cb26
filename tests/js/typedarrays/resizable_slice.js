const b = new ArrayBuffer(4, { maxByteLength: 8 });
new Uint8Array(b).set([1, 2, 3, 4]);
const s = b.slice(1);
print(s.resizable, s.byteLength, new Uint8Array(s).join());

// expect: false 3 2,3,4
