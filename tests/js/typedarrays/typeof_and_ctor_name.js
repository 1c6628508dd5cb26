for (const C of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array])
  print(typeof new C(1), new C(1).constructor.name, C.prototype.constructor === C, C.name);

// expect: object Int8Array true Int8Array
// expect: object Uint8Array true Uint8Array
// expect: object Uint8ClampedArray true Uint8ClampedArray
// expect: object Int16Array true Int16Array
// expect: object Uint16Array true Uint16Array
// expect: object Int32Array true Int32Array
// expect: object Uint32Array true Uint32Array
// expect: object Float32Array true Float32Array
// expect: object Float64Array true Float64Array
