var r = /a/g;
r.lastIndex = 3;
print("aXaXa".replace(r, "b"), r.lastIndex);
var ry = /a/gy;
print("aab".replace(ry, "x"), ry.lastIndex);
var e = /(?:)/g;
print("abc".replace(e, "-"));
print("\uD83D\uDE00".replace(/(?:)/gu, "-").length, "\uD83D\uDE00".replace(/(?:)/g, "-").length);
// expect: bXbXb 0
// expect: xxb 0
// expect: -a-b-c-
// expect: 4 5
