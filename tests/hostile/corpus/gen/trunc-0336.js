print(String(123e-20)); // expect: 1.23e-18
print(String(1234.5678)); // expect: 1234.5678
print(String(0.000123)); // expect: 0.000123
print(String(-1e-7)); // exp