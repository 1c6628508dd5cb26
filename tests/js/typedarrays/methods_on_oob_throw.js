const b = new ArrayBuffer(4, { maxByteLength: 4 });
const u = new Uint8Array(b, 0, 4);
b.resize(2);
for (const n of ["at", "fill", "join", "map", "slice", "sort", "includes", "entries"]) {
  try { u[n](() => 1); print(n, "no"); } catch (e) { print(n, e instanceof TypeError); }
}
print(u.length, u.byteLength, u.byteOffset, u[0]);

// expect: at true
// expect: fill true
// expect: join true
// expect: map true
// expect: slice true
// expect: sort true
// expect: includes true
// expect: entries true
// expect: 0 0 0 undefined
