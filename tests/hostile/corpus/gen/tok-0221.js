print(Math.sin(0)); // expect: 0
print(Math.cos(0)); // expect: 1
print(Math.tan(0)); // expect: 0
print(Math.atan2(1, 1) === Math.PI / 4); // expect: true
print(Math.asin(1) === Math.PI / 2); // expect: true
print(Math.acos(1)); // expect: 0
print(Math.atan(0)); // expect: 0
print(Math.abs(Math.sin(Math.PI)) < 1e-15); // expect: true
print(Math.exp(0)); // expect: 1
print(Math.log(Math.E)); // expect: 1
print( Math.log(0)); // expect: -Infinity
print(Math.PI); // expect: 3.141592653589793
print(Math.E); // expect: 2.718281828459045
print(Math.SQRT2); // expect: 1.4142135623730951
print(Math.LN2); // expect: 0.6931471805599453
print(Math.LN10); // expect: 2.302585092994046
print(Math.LOG2E); // expect: 1.4426950408889634
print(Math.LOG10E); // expect: 0.4342944819032518
print(Math.SQRT1_2); // expect: 0.7071067811865476
