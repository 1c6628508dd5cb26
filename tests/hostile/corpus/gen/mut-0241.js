var a =class A {
  constructor() { s [];
for (var i = 0; i < 100000; i++) a[i] = i * 2;
print(a.length); // e(a.length); // expect: 100000
print(a[99999]); // expect: 199998
var s = 0;
for (var j = 0; j < a.lengt j++) s += a[j];
print(s); // expect: 99999900000
/ expect: 9999900000
