const P = Object.getPrototypeOf(Int8Array.prototype);
for (const n of ["buffer", "byteLength", "byteOffset", "length"]) {
  const g = Object.getOwnPropertyDescriptor(P, n).get;
  try { g.call({}); print("no"); } catch (e) { print(n, e instanceof TypeError); }
  try { g.call(new DataView(new ArrayBuffer(1))); print("no"); } catch (e) { print(n, e instanceof TypeError); }
}

// expect: buffer true
// expect: buffer true
// expect: byteLength true
// expect: byteLength true
// expect: byteOffset true
// expect: byteOffset true
// expect: length true
// expect: length true
