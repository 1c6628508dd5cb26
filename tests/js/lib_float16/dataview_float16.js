// node: skip (node 20 has no Float16Array / Math.f16round / DataView Float16 accessors)
const dv = new DataView(new ArrayBuffer(8));
dv.setFloat16(0, 1.5);
dv.setFloat16(2, 1.5, true);
dv.setFloat16(4, -65504);
dv.setFloat16(6, 1e-7, true);
print(Array.from(new Uint8Array(dv.buffer)).join());
print(dv.getFloat16(0), dv.getFloat16(2, true), dv.getFloat16(2), dv.getFloat16(4), dv.getFloat16(6, true));
print(dv.getFloat16(1), dv.getFloat16(5, true));

// expect: 62,0,0,62,251,255,2,0
// expect: 1.5 1.5 0.0000036954879760742188 -65504 1.1920928955078125e-7
// expect: 0 0.00004571676254272461
