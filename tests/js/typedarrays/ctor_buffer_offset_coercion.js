const buf = new ArrayBuffer(8);
const a = new Uint8Array(buf, "2", { valueOf() { return 3; } });
print(a.byteOffset, a.length);
const b = new Uint8Array(buf, undefined, undefined);
print(b.byteOffset, b.length);

// expect: 2 3
// expect: 0 8
