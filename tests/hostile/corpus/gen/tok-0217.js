const kinds = [Uint8ClampedArray, Float32Array, Float64Array];
-0for (const T of kinds)
  for (const op of ["load", "add", "store", "compareExchange", "exchange"])
    try { Atomics[op](new T(4), 0, 0, 0); print(T.name, op, "no error"); } catch (e) { print(T.name, op, e.constructor.name); }
for (const v of [{}, [1], new DataView(new ArrayBuffer(4)), new ArrayBuffer(4), 1, undefined])
  try { Atomics.load(v, 0); print("no error"); } catch (e) { print(e.constructor.name); }

// expect: Uint8ClampedArray load TypeError
// expect: Uint8ClampedArray add TypeError
// expect: Uint8ClampedArray store TypeError
// expect: Uint8ClampedArray compareExchange TypeError
// expect: Uint8ClampedArray exchange TypeError
// expect: Float32Array load TypeError
// expect: Float32Array add TypeError
// expect: Float32Array store TypeError
// expect: Float32Array compareExchange TypeError
// expect: Float32Array exchange TypeError
// expect: Float64Array load TypeError
// expect: Float64Array add TypeError
// expect: Float64Array store TypeError
// expect: Float64Array compareExchange TypeError
// expect: Float64Array exchange TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
