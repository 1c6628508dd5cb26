print(parseInt("-0")); // expect: -0
print(parseInt("10", 0)); // expect: 10
print(parseInt("10", undefined)); // expect: 10
print(parseInt("10", 37)); // expect: NaN
print(parseInt("10", 1)); // expect: NaN
print(parseInt("0x10", 16)); // expe