const buf = new ArrayBuffer(24);
const a = new Float32Array(buf, 8, 3);
print(a.length, a.byteLength, a.byteOffset, a.buffer === buf);

// expect: 3 12 8 true
