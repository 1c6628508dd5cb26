print(5 & 3); // expect: 1
print(5 | 3); // expect: 7
print(5 ^ 3); // expect: 6
print(~5); // expect: -6
print(~~3.7); // expect: 3
print(~~-3.7); // expect: -3
print(1 << 31); // expect: -2147483648
print(1 << 32); // expect: 1
print(-16 >> 2); // expect: -4
print(-16 >>> 28); // expect: 15
print(-1 >>> 0); // expect: 4294967295
print(4294967296 | 0); // expect: 0
print(2147483648 | 0); // expect: