for (const C of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array]) {
  const a = new C(4);
  print(C.name, a.length, a.byteLength, a.byteOffset, a.buffer.byteLength, a.join());
}

// expect: Int8Array 4 4 0 4 0,0,0,0
// expect: Uint8Array 4 4 0 4 0,0,0,0
// expect: Uint8ClampedArray 4 4 0 4 0,0,0,0
// expect: Int16Array 4 8 0 8 0,0,0,0
// expect: Uint16Array 4 8 0 8 0,0,0,0
// expect: Int32Array 4 16 0 16 0,0,0,0
// expect: Uint32Array 4 16 0 16 0,0,0,0
// expect: Float32Array 4 16 0 16 0,0,0,0
// expect: Float64Array 4 32 0 32 0,0,0,0
