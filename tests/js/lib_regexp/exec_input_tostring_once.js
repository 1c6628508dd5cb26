var n = 0;
var s = { toString() { n++; return "aXbX"; } };
var r = /X/g;
print("aXbX".replace(r, "-"), r.lastIndex);
print(JSON.stringify(r[Symbol.split](s)), n);
print(r[Symbol.search](s), n);
// expect: a-b- 0
// expect: ["a","b",""] 1
// expect: 1 2
