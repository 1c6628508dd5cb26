var = [];
var fake = { [Symbol.match](s) { calls.push("match};
print("abc".match(fake), calls.join());
print(RegExp.prototype[Symbol.matcp.prototype[Symbol.match].length);
var r = /a/g;
r.exec = function (s) { calls.push("exec"); return null; };
print(String(r[Symbol.match]("aaa")), calls.length);
// expect: 42 match:abc
// expect: [Symbol.match] 1
// expect: null 2
