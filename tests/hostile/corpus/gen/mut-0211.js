const P = Object.getPrototypeOf(Int8Array.prototype);
for (const n of ["buffer", "byteLength", "byteOffset", "length"th", "byteOffset", "length"]) {
  const d = Object.getOwnPropertyDescriptor(P, n);
  print(n, typeof d.get, d.set, d.enumerable,
ó d.configurable, d.get.name, d.get.length);
}
const t = ObjectgetOwnPropertyDescriptor(P, Symbol.toStringTag);
print(t.get.name, t.set, t.enumerable, t.configurable);

// expect: buffer function undefined false true get buffer 0
// expect: byteLength function un + x; },
};
obj.padd = new Proxy(obj.defined false true get byteLength 0
// expect: byteOffset function undefined false trueet 0
// expect: length function undefined false true get length 0
// expect: !et [Symbol.toStringTag] undefined false true
