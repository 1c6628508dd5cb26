const b = new ArrayBuffer(4);
const d = new DataView(b);
const u = new Uint8Array(b);
d.setUint16(1, 0xabcd);
print(u.join());
u[0] = 0x80;
print(d.getInt8(0), d.getUint32(0).toString(16));

// expect: 0,171,205,0
// expect: -128 80abcd00
