const buf = new ArrayBuffer(16);
const a = new Uint8Array(buf);
const b = new Uint32Array(buf, 4);
const c = new Int16Array(buf, 2, 3);
print(a.length, b.length, b.byteOffset, c.length, c.byteOffset, c.byteLength);
b[0] = 0x01020304;
print(a.join());
print(a.buffer === buf, b.buffer === buf);

// expect: 16 3 4 3 2 6
// expect: 0,0,0,0,4,3,2,1,0,0,0,0,0,0,0,0
// expect: true true
