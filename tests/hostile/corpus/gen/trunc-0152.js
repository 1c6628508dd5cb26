print(Number("0.0000001")); // expect: 1e-7
print(Number("-0")); // expect: -0
print(Number("1e1000")); // expect: Infinity
print(Number("0b")); // expect: NaN
print(Number("0x")); // expect: NaN
print(Num