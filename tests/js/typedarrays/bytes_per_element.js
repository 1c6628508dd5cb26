for (const C of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array])
  print(C.name, C.BYTES_PER_ELEMENT, C.prototype.BYTES_PER_ELEMENT, new C(1).BYTES_PER_ELEMENT);
const d = Object.getOwnPropertyDescriptor(Int32Array, "BYTES_PER_ELEMENT");
print(d.writable, d.enumerable, d.configurable);

// expect: Int8Array 1 1 1
// expect: Uint8Array 1 1 1
// expect: Uint8ClampedArray 1 1 1
// expect: Int16Array 2 2 2
// expect: Uint16Array 2 2 2
// expect: Int32Array 4 4 4
// expect: Uint32Array 4 4 4
// expect: Float32Array 4 4 4
// expect: Float64Array 8 8 8
// expect: false false false
