var r = /b/;
r.lastIndex = 3;
print(r[Symbol.search]("abc"), r.lastIndex);
var log = [];
var fake = { exec(s) { log.push("exec"); return { index: 7 }; }, get lastIndex() { log.push("get"); return 0; }, set lastIndex(v) { log.push("set" + v); } };
print(RegExp.prototype[Symbol.search].call(fake, "q"), log.join());
print(RegExp.prototype[Symbol.search].name);
// expect: 1 3
// expect: 7 get,exec,get
// expect: [Symbol.search]
