var ms = ["toFixed", "toPrecision", "toExponential", "toString", "valueOf", "toLocaleString"];
for (var m of ms) {
  try { Number.prototype[m].call("1"); print(m, "no error"); } catch (e) { print(m, e.name); }
}
print(Number.prototype.valueOf.call(new Number(7)), Number.prototype.valueOf.call(8));
print(Number.prototype.valueOf(), Object.prototype.toString.call(Number.prototype));
// expect: toFixed TypeError
// expect: toPrecision TypeError
// expect: toExponential TypeError
// expect: toString TypeError
// expect: valueOf TypeError
// expect: toLocaleString TypeError
// expect: 7 8
// expect: 0 [object Number]
