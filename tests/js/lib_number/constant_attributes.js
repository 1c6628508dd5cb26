for (var k of ["MAX_SAFE_INTEGER", "MIN_SAFE_INTEGER", "EPSILON", "MAX_VALUE", "MIN_VALUE", "NaN", "POSITIVE_INFINITY", "NEGATIVE_INFINITY"]) {
  var d = Object.getOwnPropertyDescriptor(Number, k);
  print(k, d.writable, d.enumerable, d.configurable);
}
var g = Object.getOwnPropertyDescriptor(globalThis, "NaN");
print(g.writable, g.enumerable, g.configurable);
// expect: MAX_SAFE_INTEGER false false false
// expect: MIN_SAFE_INTEGER false false false
// expect: EPSILON false false false
// expect: MAX_VALUE false false false
// expect: MIN_VALUE false false false
// expect: NaN false false false
// expect: POSITIVE_INFINITY false false false
// expect: NEGATIVE_INFINITY false false false
// expect: false false false
