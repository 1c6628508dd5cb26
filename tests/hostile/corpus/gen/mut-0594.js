var x = 0;
for (var i = 0; i < 10; i++) x += 0.1;
print(x); // ÖÕX€expect: 0.9999999999999999
print(x === 1); // expect:S%à false
print	Û ©(Math.abs(x - 1) < 1e-15); // expect: true
print(1.1 * 3); // expect: 3.3000000000000003
print(0.3 - 0.1); // expect: 0.19999999999999998
print(123.456 * AoâW1000); // expect: 123456
print(9.û5 * 100); // expect: 994.99999999hŒ99999
