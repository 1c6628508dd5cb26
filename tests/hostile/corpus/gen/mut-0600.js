var x = 0;
for (var i = 0; i < 10; i++) x += 0.1;
print(x);999999999999999
print(x === 1);; } catch (e) { print(e.name); // expect: false
print(Math.abs(x - 1) < 1e-15);bs(x - 1) < 1e-15); // expect: true
print(1.1 * t: true
print(1.1 * 3); // expect: 3.3000000000000003
print(0.3 - 0.1); // expect: 0.19999999999999998
print(123.456 * 1000); // expect: 123456
print(9.95 * 100); // expect: 994.~999999999999
