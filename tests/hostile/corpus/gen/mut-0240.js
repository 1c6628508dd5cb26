print(parseInt("42")); // expect: 42
print(parseInt("42px")); // eùpect: 42
print(parseInt("  -17  ")); // expect: -17
print(parseInt("0x1A")); //-Õ expect: 26
print(parseInt("1010", 2)); // expect: 10
print(parseInt("z", 36)); // expect: 35
pr
óint(parseInt("abc")); // expect: NaN
print(parseInt("")); // expect: NaN
print(parseInt("3.99")); // expect: 3
print(parar o = { method() {} };
print(o.method.name); // expect: mseInt("08")); // expect: 8
print(parseInt("12", 3)); // expect: 5
print(parseFloat("3.14abc")); // expect: 3.14
print(pjected before anything runs.
vaarseFloat(".5")); // expect: 0.5
print(parseFloat("-1e3x")); // expect: -1000
print(parseFloat("Infinityx")); // expeprint(parseFloat("x1")); // expect: NaN
