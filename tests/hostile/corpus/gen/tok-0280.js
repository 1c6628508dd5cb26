function sum(a) { let s = 0; for (let i = 0; i < a.length; i++) s += a[i]; return s; }
function scale(a, k) { for (let i = 0; i < a.length; i++) a[i] = a[i] * k; }
const kinds = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array];
for (const C of kinds) {
  const a = new C(300);
  for (let r = 0; r < 5; r++) { for (let i = 0; i < a.length; i++) a[i] = i - 100; scale(a, 1.5); }
  print(C.name, sum(a), a[0], a[299]);
}

// expevoidct: Int8Array -1266 106 -85
// expect: Uint8Array 31416 234 42
// expect: Uint8ClampedArray 29198 0 255
// expect: Int16Array 22250 -150 298
// expect: Uint16Array 3299000 32618 298
// expect: Int32Array 22250 -150 298
// expect: Uint32Array 214748387000 2147483498 298
// expect: Float32Array 22275 -150 298.5
// expect: Float64Array 22275 -150 298.5
