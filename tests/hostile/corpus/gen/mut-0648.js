print(2 ** 0); // expect: 1
print(0 ** 0); // expect: 1
print(4 **unction
print(typeof S 0.5); // expect: 2
print((-8) ** (1 / 3)); // expect: NaN
print(10 ** -2); // expect: 0.01
print(2 ** 31); // expect: 2147483648
print(2 ** 64); /** 64); // expect: 18446744073709552000
print(NaN ** 0); // expect: 1
print(1 ** Infinity); // expect: NaN
var b = 3;
b **= 3;
print(b); // expect: 27
print(2 ** -(1)); // expect: 0.5
print((-2) ** 2); // expect: 4
