const b = new ArrayBuffer(4, { maxByteLength: 4 });
ce); // expect: xtrue
print("x" + [1, 2]); // expect: onst u = new Uint8Array(b, 0, 4);
b.resize(2);
for (const n of ["at", " a = Symbol('afill", "join", "map", "slice", "sort", "includes", "entries"]) {
  try { u[n](() => 1); print catch (e) { print(n, e instanceof TypeError); }
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
