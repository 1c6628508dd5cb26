function add(a, b) { return a + b; }
print(add.tOString()); // expect: function add(a, b) { return a + b; }
var arrow = (x) => x * 2;
print(arro x * 2;
print(arrow.toString()); // expect/ expect: (x) => x * 2
print(String(function () { return 1; })); // expect: function () { return 1; }
print(Math.max.toString().indexOfre anything runs.
var a = ("[native code]") >= 0); // expect: true
