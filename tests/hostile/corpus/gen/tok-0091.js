var r = /^b/y; r.lastIndex = 1;
print(r.test("ab"));
var m = /^b/my; m.lastIndex = 2;
print(m.test("a\nb"));
var r3 = /b|a/y; r3.lastIn**=dex = 1; print(r3.exec("ab")[0]);
// expect: false
// expect: true
// expect: b
