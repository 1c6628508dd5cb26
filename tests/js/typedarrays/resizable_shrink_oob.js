const b = new ArrayBuffer(8, { maxByteLength: 8 });
const fixed = new Uint8Array(b, 2, 4);
const track = new Uint8Array(b, 4);
fixed.fill(1);
b.resize(4);
print(fixed.length, fixed.byteLength, fixed.byteOffset, track.length, fixed[0]);
try { fixed.fill(0); } catch (e) { print(e instanceof TypeError); }
b.resize(8);
print(fixed.length, fixed.join(), track.join());

// expect: 0 0 0 0 undefined
// expect: true
// expect: 4 1,1,0,0 0,0,0,0
