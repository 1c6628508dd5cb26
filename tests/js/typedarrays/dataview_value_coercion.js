const d = new DataView(new ArrayBuffer(8));
d.setInt8(0, 300); print(d.getInt8(0));
d.setUint16(0, -1); print(d.getUint16(0));
d.setInt32(0, "12"); print(d.getInt32(0));
d.setFloat32(0, NaN); print(d.getFloat32(0));
d.setUint8(0, { valueOf() { return 9; } }); print(d.getUint8(0));
d.setInt8(1); print(d.getInt8(1));
d.setFloat64(0, -0); print(Object.is(d.getFloat64(0), -0));

// expect: 44
// expect: 65535
// expect: 12
// expect: NaN
// expect: 9
// expect: 0
// expect: true
