const b = new ArrayBuffer(8);
const d = new DataView(b, 2, 4);
print(d.byteOffset, d.byteLength, d.buffer === b, Object.prototype.toString.call(d));
const e = new DataView(b, 8);
print(e.byteLength, new DataView(b).byteLength);

// expect: 2 4 true [object DataView]
// expect: 0 8
