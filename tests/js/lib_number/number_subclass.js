class N extends Number { double() { return this * 2; } }
var n = new N(21);
print(n.double(), n instanceof Number, n.toFixed(1), JSON.stringify(n), n + 1);
print(Object.prototype.toString.call(n), typeof n.valueOf());
// expect: 42 true 21.0 21 22
// expect: [object Number] number
