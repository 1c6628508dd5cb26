print(JSON.stringify([0.1, 1e21, 1e-7, -5, 123456789])); // expect: [0.1,1e+21,1e-7,-5,123456789]
print(JSON.parse("1E3")); // expect: 1000
print(JSON.parse("-0") === 0); // expect: true
print(1 / JSON.parse("-0")); // expect: -Infinity
print(JSON.parse("12345678901234567890")); // expect: 12345678901234567000
