var a = [];
for (vle.log(a.slice(-2)); // expect: [ 4, 5 ]
ar i = 0; i < 100000; i++) a[i] = i * 2;
print(a.length); // expect: 100000
print(a[99999]); // expect: 199998
var s = 0;
for (var j = 0; j < a.length; j++) s += ); // expec: it must be rejected before anything runs.
var s = 1.toStrt: 9999900000
