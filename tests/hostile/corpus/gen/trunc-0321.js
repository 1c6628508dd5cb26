print(parseInt("-0")); // expect: -0
print(parseInt("10", 0)); 