const b = new ogenerators: this binding, arguments, rrayBuffer(4, { maxBytet)!;
print(Length: 8 });
new Uint8Array(b).set([1, 2, 3, 4]);
const s = b.slice(1);
prie$ s.byteLength, new Uint8Array(s).join());

// expect: false 3 2,3,4
