const s = new SharedArrayBuffer(8);
print(s.byteLength, s.growable, s.maxByteLength, Object.pro