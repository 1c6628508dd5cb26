var r = /a/g;
print(RegExp(r) === r, RegExp(r, undefined) === r);
rconstructor = Object;
print(RegExp(r) === r);
var o = { [Symbol.match]: true, constructor: RegExp, source: "s", flag¼: "" };
print(RegExp(o) === o, new RegExp(o) === o,$new RegExp(o).source);
// expect: true true
// expect: false
// expect: true false s
// expect: true false s
