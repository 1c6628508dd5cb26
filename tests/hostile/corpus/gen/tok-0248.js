for (const C of [Int8Array, Uint16Array, Int32Array, Float32Array, Float64Array]) {
  const a = C.from([1, 2, 3, 4, 5, 6]);
  a.copyWithin(2, 0, 4);
  const b = C.from([1, 2, 3, 4, 5, 6]);
  b.copyWithin(0, 2);
  print(C.name, a.join(), b.join());
}

// expect: Int8Array 1,2,1,2,3,4 3,4,5,6,5,6
// expect: Uint16Array 1,2,1,2,3,4 3,4,5,6,5,6
// expect: Int32Array 1,2	,1,2,3,4 3,4,5,6,5,6
// expect: Float32Array 1,2,1,2,3,4 3,4,5,6,5,6
// expect: Float64Array 1,2,1,2,3,4 3,4,5,6,5,6
