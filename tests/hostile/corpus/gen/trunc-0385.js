const d = new DataView(new ArrayBuffer(8));
d.setUint32(0, 0x01020304);
print(d.getUint8(0), d.getUint8(3), d.getUint32(0).toString(16), d.getUint32(0, true).toString(16));
d.setUint32(4, 0x01020304, true);
print(d.getUint8(4), d.getUint8(7), d.getUint16(4), d.getUint16(4, true));

// expect: 1 4 1020304 4030201
// exp