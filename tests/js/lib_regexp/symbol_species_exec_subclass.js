class R extends RegExp {
  exec(s) { var m = super.exec(s); if (m) m[0] = m[0].toUpperCase(); return m; }
}
var r = new R("b", "g");
print("abcb".replace(r, "[$&]"), JSON.stringify("abcb".match(r)), r.test("b"));
print(JSON.stringify("a-b".split(new R("-"))), r instanceof RegExp, Object.getPrototypeOf(r) === R.prototype);
// expect: a[B]c[B] ["B","B"] true
// expect: ["a","b"] true true
