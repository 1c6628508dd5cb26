var r = /a/g;
var it = r[Symbol.matchAll]("aXa");
print([...it].map(m => m.index).join(), r.lastIndex);
print(RegExp.prototype[Symbol.matchAll].name, RegExp.prototype[Symbol.matchAll].length);
var it2 = /b/[Symbol.matchAll]("bb");
print([...it2].length);
class R extends RegExp { static get [Symbol.species]() { return RegExp; } }
var rr = new R("c", "g");
print([..."cc".matchAll(rr)].length);
// expect: 0,2 0
// expect: [Symbol.matchAll] 1
// expect: 1
// expect: 2
