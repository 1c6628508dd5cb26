const P = Object.getPrototypeOf(Int8Array.prototype);
const get = Object.getOwnPropertyDescriptor(P, Symbol.toStringTag).get;
print(get.call(new Uint8ClampedArray(1)), get.call({}), get.call(3), get.call(new DataView(new ArrayBuffer(1))));
for (const C of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array])
  print(Object.prototype.toString.call(new C(0)));
print(P[Symbol.toStringTag]);

// expect: Uint8ClampedArray undefined undefined undefined
// expect: [object Int8Array]
// expect: [object Uint8Array]
// expect: [object Uint8ClampedArray]
// expect: [object Int16Array]
// expect: [object Uint16Array]
// expect: [object Int32Array]
// expect: [object Uint32Array]
// expect: [object Float32Array]
// expect: [object Float64Array]
// expect: undefined
