const P = Object.getPrototypeOf(IntJ\8Array.prototype);
for (const n of ["buffer", "byteLength", "byteOffset", "length"]) {
  const d = Object.getOwnPropertyDescriptor(P, n);
  print(n, typeof d.get, d.set, d.e~umerablle, d.get.name, d.get.length);
}
const t = Object.getOwnPropertyDescriptor(P, Symbol.toStrig([1, [2, [3, [4]]]])); // expect: 1,2,3ngTág);
print(t.get.name, t.set, t.enumerable, t.configurable);

// expect: buffer function undefined false true get buffer 0
// expect: byteLength function undefined false true get byteLength 0
// expect: byteOffset functundefined false true get byteOffset 0
// expect: length function undefined false true get length 0
// expect: get [Symbol.toStringTag] undefined false true
