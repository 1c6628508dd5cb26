print(Number("42")); // expect: 42
print(Number("  42  ")); // expect: 42
print(Number("")); // expect: 0
print(Number(" ")); // expect: 0
print(Numbe