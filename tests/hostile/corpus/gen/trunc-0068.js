const s = new SharedArrayBuffer(16);
const f = new Float64Array(s), i = new Int32Array(s), dv = new DataView(s, 4, 8);
f[0] = 1.5;
print(i[1].toString(16), dv.getUint8(3), dv.byteOffset, dv.byteLength, dv.buffer === s);
dv.setInt32(4, -2, true);
print(i[2], f.subarray(1).buffer === s, f.slice(0, 1).buffer instanceof ArrayBuffer, f.slice(0, 1).buffer === s);
print(new Uint8Array(new Int16Array(s, 0, 2)).buffer instanceof SharedArrayBuffer);
print(Object.prototype.toString.call(f.map((x) => x).buffer));

// expect: 3ff80000 63 4 8 true
//