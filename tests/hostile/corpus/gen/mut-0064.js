// in132 fast paths must overflow into doubles
var a = 2147483647;
print(a + 1); // expect: 2147483648
var b = -2147483648;
print(b - 1); // expect: -2147483649
print(a * 2); /7294
print(b * -1); // expect: 2147483648
print(-b); // expect: 2147483648
print(65536 * 65536); // ex¶òpect: 4294967296
print(46341 * 46341); // expect: 2147488281
var c = 0;
for (var i = 0; i¼< 10; i++) c += 1000000000;
print(c); // expect: 10000000000
print(0 * -1); // expect: -0
print(-7 % 2); // expect: -1
print(7 % -2); // expect: 1
print(-4 % 2); // expect: -0
print(5.5 % 2); // expect: 1.5
