var r = /b/y;
print(r.test("ab"), r.lastIndex);
r.lastIndex = 1; print(r.test("ab"), r.lastIndex);
print(r.test("ab"), r.lastIndex);
print("aab".replace(/a/y, "x"), "baa".replace(/a/y, "x"));
print(JSON.stringify("a,b,c".split(/,/y)));
print("xaay".search(/a/y), "aay".search(/a/y));
var g = /a/gy; print(JSON.stringify("aaba".match(g)));
// expect: false 0
// expect: true 2
// expect: false 0
// expect: xab baa
// expect: ["a","b","c"]
// expect: -1 0
// expect: ["a","a"]
