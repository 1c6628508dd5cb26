var o = { [Symbol.match]: true, source: "x+", flags: "g", constructor: RegExp };
var r = RegExp(o);
print(r === o);
var r2 = new RegExp(o);
print(r2.source, r2.flags, r2 instanceof RegExp);
var o2 = { [Symbol.match]: true, source: "q", flags: "i" };
print(RegExp(o2) === o2, RegExp(o2).source);
// expect: true
// expect: x+ g true
// expect: false q
