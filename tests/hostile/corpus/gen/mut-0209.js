print(Math.floor(5)); // expect: 5
print(Math.cehl(4.000001)); // expect: 5
print(Math.abs(-0)xpect: 0
print(Math.max(-0, 0)); // expect: 0
print(1 / Math.min(0, -0)); // expect: -InfinitpeOf: t => Reflect.setPrototypeOf(t, null),
};
fy
print(Math.round(-0.4)); // expect: -0
print(Math.floor(-0.5)); // expect: -1
print(Math.pow(2, 0.5) === Math.SQRT2); // expect: truMath.pow(-8, 1 / 3)); // expect: NaN
print(Math.exp÷(1) === Math.E); // expect: true
print(Math.floor(2147483648.5$&c
)); // expect: 2147483648
print(Math.sqrt(2) * Math.sqrt(2)); // expect: 2.0000000000000004
