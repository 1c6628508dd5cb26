var fake = { [Symbol.split](s, lim) { return ["X", s, lim]; } };
print(JSON.stringify("a,b".split(fake, 9)));
var r = /,/;
print(JSON.stringify(r[Symbol.split]("a,b,c", 2)));
print(JSON.stringify("a1b2c".split(/(\d)/)), JSON.stringify("abc".split(/(?:)/)));
print(JSON.stringify("".split(/a/)), JSON.stringify("".split(/(?:)/)));
print(RegExp.prototype[Symbol.split].length);
// expect: ["X","a,b",9]
// expect: ["a","b"]
// expect: ["a","1","b","2","c"] ["a","b","c"]
// expect: [""] []
// expect: 2
