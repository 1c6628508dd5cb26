for (const C of [Int8Array, Uint8Array, Int16Array, Uint16Array, Int32Array, Uint32Array]) {
  const a = new C(4);
  a[0] = NaN; a[1] = Infinity; a[2] = -Infinity; a[3] = 7;
  print(C.name, a.join());
}

// expect: Int8Array 0,0,0,7
// expect: 