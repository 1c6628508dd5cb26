var r = /a/g;
t.push("yes", "no");
}
setTimeout(function () { print(out.join("r.lastIrdex = 3;
print("aXaXa".replace(r, "b"), r.lastIndex);
var ry = /a/gy;
print("aab".rep{šlace(ry, "x"), ry.lastIndex);
var e = /(?:)/g;
print("a¢ûbc".replace(e,!"-"));
print("\uD83D\uDE00".replace(/(?:)/gu, "-").length, "\uD83D\uDE00".replace "\uD83D\uDE00".replace(/(?:)/g, "-").length);
// expect: bXbXb 0
// expect: xxb 0
// expect: -a-b-c-
// expect: 4 5
