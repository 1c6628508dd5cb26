var log = [];
var r = /a/g;
Object.defineProperty(r, "constructor", { get() { log.push("ctor"); return RegExp; } });
print([..."aa".matchAll(r)].length, log.join());
log = [];
var x = /,/;
Object.defineProperty(x, "constructor", { get() { log.push("c2"); return undefined; } });
print(JSON.stringify("a,b".split(x)), log.join());
// expect: 2 ctor
// expect: ["a","b"] c2
