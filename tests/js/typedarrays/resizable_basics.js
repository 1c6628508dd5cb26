const b = new ArrayBuffer(4, { maxByteLength: 16 });
print(b.resizable, b.maxByteLength, b.byteLength);
const fixed = new Uint8Array(b, 0, 4);
const track = new Uint8Array(b);
const track2 = new Uint16Array(b, 2);
print(fixed.length, track.length, track2.length);
b.resize(12);
print(fixed.length, track.length, track2.length, b.byteLength);
track[11] = 5;
print(track[11]);

// expect: true 16 4
// expect: 4 4 1
// expect: 4 12 5 12
// expect: 5
