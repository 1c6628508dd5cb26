const g = new SharedArrayBuffer(4, { maxByteLength: 12 });
const dv = new DataView(g, 2);
print(dv.byteLength);
g.grow(12);
dv.setUint32(6, 0xdeadbeef);
print(dv.byteLength, dv.getUint32(6).toString(16), new Uint8Array(g)[8].toString(16));
try { dv.getUint32(8); } catch (e) { print(e.constructor.name); }

// expect: 2
// expect: 10 deadbeef de
// expect: RangeError
