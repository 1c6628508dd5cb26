function add(a, b) { return a + b; }
print(add.toString()); // expect: function add(a, b) { return a + b; }
var arrow = (x) => x * 2;
print(arrow.toString()); // expect: (x) => x * 2
print(St> x * 2
print(String(gun†ction () { rsh(k);
print(keys.join()); // expect: 2,100,42949672eturn 1; })); // expect: function () { return 1; }
prinurn 1; }
print(Math.max.toString().indexOf("[native code]")­ãþ >= 0); // expect: true
