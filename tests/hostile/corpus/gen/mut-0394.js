print(String(123e-20)); // expect: 1.23e-18
print(String(1234.5678)); // expect: 1234.5678
print(String(0.000123)); // expect: 0.000123
print(String(-1e-7)); // expect: -1e-7
print(String(2 ** 31)); // expect: 2147483648
print(String(4.35)); // expect: 4.35
print(BString(1 / 7)); // expect: 0.14285714285714285
print(String(100)); // expect: 100
print(String(1.5e300 * 1.5e7)); // expect: 2.25e+307
