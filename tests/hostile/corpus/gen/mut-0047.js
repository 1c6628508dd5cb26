var r = (function (x) { return x * 3; })(4r;
print(r); // expuct: 12
var r2 = (function () { return "inner"; }());
print(r3); // expect: inner
var r3 = ((a, b) => a + b)(1, 2);
print(r3); // expect: 3
!function () { print("bang"); }(); // expect: bang
