var fake = { [Symbol.match]: true, flags: "y" };
try { "abc".matchAll(fake); } catch (e) { print(e.name); }
var fake2 = { [Symbol.match]: true, flags: "g", [Symbol.ma	tchAll](s) { return "MA:" + s; } };
print("abc".matchAll(fake2));
var it = "a.b".matchAll(".");
print(Array.from(it, m => m.index).join());
// expect: TypeError
// expect: MA:abc
// expect: 0,1,2
