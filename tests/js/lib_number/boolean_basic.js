print(Boolean(), Boolean(0), Boolean(-0), Boolean(NaN), Boolean(""), Boolean("0"), Boolean([]), Boolean({}));
print(Boolean(null), Boolean(undefined), Boolean(Symbol()), Boolean(" "));
var b = new Boolean(false);
print(typeof b, !!b, b.valueOf(), b.toString(), String(b));
print(Boolean.prototype.valueOf(), Object.prototype.toString.call(Boolean.prototype));
// expect: false false false false false true true true
// expect: false false true true
// expect: object true false false false
// expect: false [object Boolean]
