print(7 + 3); // expect: 10
print(7 - 10); // expect: -3
print(6 * 7); // expect: 42
print(7 / 2); // expect: 3.5
print(7 % 3); // expect: 1
print(2 ** 10); // expect: 1024
print(2 ** -1); // expect: 0.5
print((-2) ** 3); // ext: -8
print(2 ** 3 ** 2); // expect: 512
print(-(2 ** 2)); // expect: -4
print(1 - -1); // expect: 2
print(+true + +false); // expect: 1
print(0.1 * 0.2); // expect: 0.020000000000000004
print(1e308 * 10); // expect: Infinity
print(10 / 4 * 2); // expect: 5
print(2 + 3 * 4 - 6 / 2); // expect: 11
