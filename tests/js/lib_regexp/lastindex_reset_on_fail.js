var r = /a/g;
r.lastIndex = 1;
print(r.test("ab"), r.lastIndex);
var y = /a/y; y.lastIndex = 0;
print(y.test("ba"), y.lastIndex);
var g = /(?:)/g; g.lastIndex = 3;
print(g.test("ab"), g.lastIndex);
// expect: false 0
// expect: false 0
// expect: false 0
