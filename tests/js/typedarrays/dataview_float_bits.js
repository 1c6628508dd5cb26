const d = new DataView(new ArrayBuffer(8));
d.setFloat64(0, 1);
print(Array.from(new Uint8Array(d.buffer)).map(x => x.toString(16)).join(" "));
d.setFloat32(0, -1);
print(d.getUint32(0).toString(16));
d.setUint32(0, 0x7f800000);
print(d.getFloat32(0));

// expect: 3f f0 0 0 0 0 0 0
// expect: bf800000
// expect: Infinity
