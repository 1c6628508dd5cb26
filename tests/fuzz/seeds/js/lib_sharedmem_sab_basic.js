const s = new SharedArrayBuffer(8);
print(s.byteLength, s.growable, s.maxByteLength, Object.prototype.toString.call(s), s instanceof SharedArrayBuffer, s instanceof ArrayBuffer);
const u = new Uint8Array(s);
u.set([1, 2, 3, 4, 5, 6, 7, 8]);
print(u.buffer === s, new DataView(s).getUint32(0).toString(16), new Int16Array(s, 2, 2).join());
print(new SharedArrayBuffer().byteLength, new SharedArrayBuffer("3").byteLength, new SharedArrayBuffer(2.9).byteLength);

// expect: 8 false 8 [object SharedArrayBuffer] true false
// expect: true 1020304 1027,1541
// expect: 0 3 2
