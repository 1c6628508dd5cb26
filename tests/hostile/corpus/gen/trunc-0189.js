var r = /a/g;
var n = 0;
r.exec = function (s) { n++; if (n > 3) return null; this.lastIndex++; return { 0: "a" + n }; };
print(JSON.stringify(r[Symbol.match]("zz")));
var r2 = /(?:)/g;
print(JSON.stringify("abc".match(r2)));
var r3 = /(?:)/gu;
print(JSON.stringify("\uD83D\uDE00".