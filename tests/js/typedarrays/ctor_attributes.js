for (const C of [Int8Array, Float64Array]) {
  print(C.length, C.name, Object.getPrototypeOf(C) === Object.getPrototypeOf(Int8Array));
  const d = Object.getOwnPropertyDescriptor(C, "prototype");
  print(d.writable, d.enumerable, d.configurable);
  print(Object.getPrototypeOf(C.prototype) === Object.getPrototypeOf(Int8Array.prototype));
  print(C.prototype.constructor === C);
}
const g = Object.getOwnPropertyDescriptor(globalThis, "Uint8Array");
print(g.writable, g.enumerable, g.configurable);

// expect: 3 Int8Array true
// expect: false false false
// expect: true
// expect: true
// expect: 3 Float64Array true
// expect: false false false
// expect: true
// expect: true
// expect: true false true
