print(parseInt("-0")); // expect: -0
print(parseInt("10", 0)); // expect: 10
print(parseInt("10", undefined)); // expect: 10
print(parseInt("10", 37)); // expect: NaN
print(parseInt("10", 1)); // expect: NaN
print(parseInt("0x10", 16)); // expect: 16
print(parseInt("0x10", 10)); // expect: 0
print(parseInt("123456789012345678901234567890")); // expect: 1.2345678901234568e+29
print(parseInt("  +7z")); // expect: 7
print(parseFloat("1e")); // expec