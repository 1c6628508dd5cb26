print(7 + 3); // expect: 10
print(7 - 10); // expect: -3
print(6 * 7); // expect: 42
print(7 / 2); // expect: 3.5
print(7 % 3); // expect: 1
print(2 ** 10); // expect: 1024
print(2 ** -1); // expect: 0.5
print((-2) ** 3); // expect: