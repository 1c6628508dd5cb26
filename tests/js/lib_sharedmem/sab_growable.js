const g = new SharedArrayBuffer(2, { maxByteLength: 8 });
print(g.growable, g.maxByteLength, g.byteLength);
const tracking = new Uint8Array(g), fixed = new Uint8Array(g, 0, 2), dv = new DataView(g);
tracking.set([7, 9]);
g.grow(5);
print(g.byteLength, tracking.length, fixed.length, dv.byteLength, tracking.join());
g.grow(5);
g.grow(8);
print(g.byteLength, tracking.length, new Uint16Array(g).length);
for (const n of [4, 9, -1])
  try { g.grow(n); print("no error"); } catch (e) { print(n, e.constructor.name, g.byteLength); }

// expect: true 8 2
// expect: 5 5 2 5 7,9,0,0,0
// expect: 8 8 4
// expect: 4 RangeError 8
// expect: 9 RangeError 8
// expect: -1 RangeError 8
