print(Number.MAX_VALUE); // expect: 1.7976931348623157e+308
print(Number.MIN_VALUE); // expec