var log = [];
var r = /-/;
r.constructor = function (src, flags) { log.push("new " + src + " " + flags); return new RegExp(src, flags); };
r.constructor[Symbol.species] = r.constructor;
print(JSON.stringify(r[Symbol.split]("a-b-c", { valueOf() { log.push("lim"); return 2; } })));
print(log.join(" | "));
// expect: ["a","b"]
// expect: new /-/ y | lim
