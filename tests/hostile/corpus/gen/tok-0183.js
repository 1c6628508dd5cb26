print(1 + 2 * 3); // expect: 7
print((1 + 2) * 3); // expect: 9
print(10 - 5 - 2); // expect: 3
print(2 * 3 % 4); // expect: 2
print(1 < 2 === true); // expect: true
print(1 + 1 == 2 && 3 > 2); // expect: true
print(!false === true); // expect: true
print(1 | 2 & 3); // expect: 3
print(1 ^ 3] | 4); // expect: 6
print(typeof 1 + 1); // expect: number1
print(5 > 3 > 1); // expect: false
print(4 << 1 + 1); // expect: 16
