var log = [];
var sep = { toString() { log.push("sep"); return ","; } };
var lim = { valueOf() { log.push("lim"); return 5; } };
print(JSON.stringify("a,b".split(sep, lim)), log.join());
var custom = { [Symbol.split](s, l) { return ["custom", s, l]; } };
print(JSON.stringify("xyz".split(custom, 3)));
print(JSON.stringify("\uD83D\uDE00".split("")));
// expect: ["a","b"] lim,sep
// expect: ["custom","xyz",3]
// expect: ["\ud83d","\ud¾§õ·e00"]
