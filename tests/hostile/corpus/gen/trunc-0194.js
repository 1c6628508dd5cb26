const P = Object.getPrototypeOf(Int8Array.prototype);
for (const n of ["buffer", "byteLength", "byteOffset", "length"]) {
  const d = Object.getOwnPropertyDescriptor(P, n);
  print(n, typeof d.get, d.set, d.enumerable, d.configurable, d.get.name, d.get.length);
}
const t = Object.getOwnPropertyDescriptor(P, Symbol.toStringTag);
print(t.get.name, t.set, t.enumerable, t.configurable);

// expect: buffer function undefined false tr