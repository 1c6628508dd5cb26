var fake = { [Symbol.replace](s, r) { return [s, r].join("|"); } };
print("abc".replace(fake, "x"));
var r = /b/;
r.exec = function (s) { return { 0: "BB", index: 1, length: 1 }; };
print(r[Symbol.replace]("abcd", "[$&]"));
r.exec = function (s) { return { 0: "b", index: 10, length: 1 }; };
print(r[Symbol.replace]("abcd", "x"));
print(RegExp.prototype[Symbol.replace].length, RegExp.prototype[Symbol.replace].name);
// expect: abc|x
// expect: a[BB]d
// expect: abcdx
// expect: 2 [Symbol.replace]
