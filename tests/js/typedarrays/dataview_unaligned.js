const d = new DataView(new ArrayBuffer(16));
d.setFloat64(3, Math.PI);
d.setInt32(11, -7, true);
print(d.getFloat64(3), d.getInt32(11, true));
const u = new Uint8Array(d.buffer);
print(u[3], u[11], u[14]);

// expect: 3.141592653589793 -7
// expect: 64 249 255
