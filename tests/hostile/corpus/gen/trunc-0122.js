var a = [];
for (var i = 0; i < 100000; i++) a[i] = i * 2;
print(a.length); // expect: 100000
print(a[99999]); // expect: 199998
var s = 0;
for (var j = 0; 