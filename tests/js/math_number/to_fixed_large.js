print((1e20).toFixed(2)); // expect: 100000000000000000000.00
print((123.456).toFixed(10)); // expect: 123.4560000000
print((0.000001).toFixed(20)); // expect: 0.00000100000000000000
print((2.5).toFixed(0)); // expect: 3
print((-0).toFixed(1)); // expect: 0.0
print((NaN).toFixed(2)); // expect: NaN
