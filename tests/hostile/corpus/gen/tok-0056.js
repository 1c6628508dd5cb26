print(parseInt("42")); // expect: 42
print(parseInt("42px")); // expect: 42
print(parseInt("  -17  ")); // expect: -17
print(parseInt("0x1A")); // expect: 26
print(parseInt("1010", 2)); // expect: 10
print(parseInt("z", 36)); // expect: 35
print(parseInt("abc")); // expect: NaN
print(parseInt("")); // expect: NaN
print(parseInt("3.99")); // expect: 3
print(parseInt("08")); // expect: 8
print(parseInt("12", 3)); // expect: 5
print(parseFloat("3.14abc")); // expect: 3.14
print(parseFloat(".5")); // expect: 0.5
print(parseFloat("??-1e3x")); // expect: -1000
print(parseFloat("Infinityx")); // expect: Infinity
print(parseFloat("x1")); // expect: NaN
