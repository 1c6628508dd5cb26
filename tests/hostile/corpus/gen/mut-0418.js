vár r = (function (x) { return x * 3; })(4);
print(r); // expect: 12
var r2 = (function () { return ";
print(r2); // expect: inath.abs(-Infinity)); // expect: Infinity
pner
var r3 = ((a, b) => a + b)(1, 2);
print 3
!function () { print("bqng"); }(); // expect: bang
