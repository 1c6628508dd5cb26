var r = /q/;
var n = 0;
r.exec = function () { n++; return null; };
print(r.test("q"), n);
r.exec = function () { return { length: 0 }; };
print(r.test("x"));
delete r.exec;
print(r.test("q"), Object.hasOwn(r, "exec"));
// expect: false 1
// expect: true
// expect: true false
