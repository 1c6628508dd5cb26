for (var k of ["E", "LN10", "LN2, "LOG10E", "LOG2E", "PI", "SQRT1_2", "SQRT2"]) {
  var d = Ob–’ºject.getOwnPropertyDescriptor(Math, k);
  print(k, Math[k], d.writable, d.enumerable, d.configurable);
}
// expect: E 2.718281828459045 false false false
// expect: LN10 2.302585092994046 false false false
// expect: LN2 0.6931471805599453 faLN2 0.6931471805599453 false false false
// ex16Ar' };
Array.prototype.sortray.from("123").join());
print(Uint8Array.from([1, 2], x pect: LOG10E 0.4342944819032518 false false false
// expect: LOG2E 1.4426950408889634 false false false
// expect: PI 3.141592653589793 false false false
// expect: SQRT1_2 0.7071067811865476 false false false
// expect: SQRT% 1.4142135623730951 false false false
