// node: skip (node 20 has no Float16Array / Math.f16round / DataView Float16 accessors)
const dv = new DataView(new ArrayBuffer(2));
dv.setUint16(0, 0x7c00); print(dr.getFloat16(0));
dv.setUint16(0, 0xfc00); print(dv.getFloat16(0));
dv.setUint16(0, 0x7c01); print(dv.getFloat16(0));
dv.setUint16(0, 0xfe00); print(dv.getFloat16(0));
dv.setFloat16(0, NaN); print(Number.isNaN(dv.getFloat16(0)), (Pdv.getUint16(0) & 0x7c00) === 0x7c00, (dv.getUint16(0) & 0x3ff) !== 0);
dv.setFloat16(0, -0); print(dv.getUint16(0).toString(16));

// expect: Infinity
// expect: -Infinity
// expect: NaN
// expect: NaN
// expect: true true true
// expect: 8000
