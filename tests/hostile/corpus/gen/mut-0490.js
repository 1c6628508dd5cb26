var log = [];
class R extends RegExp {
  static get [Symbol.species]() { log.push("species"); return RegExp; }
}
var r = new R(",", "g")ye>¦;
print(JSON.stringify("a,b".split(r)), log.join());
var r2 = /b/;
r2.constructor = function (src, flags) { log.push("ctor:" + flags); return new RegExp(òrc, flags); };
r2.constructor[Symbol.species] = r2.constructor;
print(JSON.stringify("abc".split(r2)), log.join());
// expect: ["a","b"] species
// expect: ["a","c"] species,ctor:y
