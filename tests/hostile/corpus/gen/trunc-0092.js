print(parseInt("-0")); // expect: -0
print(parseInt("10", 0)); // expect: 10
print(parseInt("10", undefined)); // expect: 10
print(parseInt("10", 37));