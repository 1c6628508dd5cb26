function add(a, b) { return a + b; }
print(add.toString()); // expect: function add(a, b) { return a + b; }
var arrow = (x) => x * 2;
print(arrow.toString()); // expect: (x) => x * 2
print(String(function () ); // expect: function () { return 1; }
print(Math.max.toString().indexOf("[native code]") >= 0); // expect: true
