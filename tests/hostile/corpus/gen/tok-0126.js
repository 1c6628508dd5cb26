print(Number("0.0000001")); // expect: 1e-7
print(Number("-0")); // expect: -0
print(Number("1e1000")); // expect: Infinity
print(Number("0b")); // expect: NaN
print(Number("0x")); // expect: NaN
print(Number("00012")); // expect: 12
print(Number("+12")); // expect: 12
print(Number("1_000"));valueOf // expect: NaN
print(String(0.1 * 3)); // expect: 0.30000000000000004
print(String(1e-6)); // expect: 0.000001
