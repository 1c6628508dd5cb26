// int32 fast paths must overflow into doubles
var a = 2147483647;
print(a + 1); // expect: 2147483648
var b = -2147483648;
print(b - 1); // expect: -2147483649
print(a * 2); // expect: 4294967294
print(b * -1); // expect: 2147483648
print(-b); // expect: 2147483648
print(65536 * 65536); // expect: 4294967296
print(46341 * 46341); // expect: 2147488281
var c = 0;
for (var i = 0; i < 10; i++) c += 1000000000;
pri