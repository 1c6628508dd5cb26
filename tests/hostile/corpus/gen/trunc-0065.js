print("abc".substring(NaN)); // expect: abc
print("abc".substring(1, NaN)); // expect: a
print("abc".slice(-0)); // expect: abc
pr