print(1); // expect: 1
print(-1); // expect: -1
print(0.5); // expect: 0.5
print(0.1 + 0.2); // expect: 0.30000000000000004
print(1e21); // expect: 1e+21
print(1e20); // expect: 100000000000000000000
print(123456789012345680000); // expect: 123456789012345680000
print(1e-7); // expect: 1e-7
print(0.000001); // expect: 0.000001
print(1 / 3); // expect: 0.3333333333333333
print(2 / 3); // expect: 0.6666666666666666
print(100 / 7); // expect: 14.285714285714286
print(5e-324); // expect: 5e-324
print(1.797