print(Number.MAX_VALUE); // expect: 1.7976931348623157e+308
print(Number.MIN_VALUE); // expect: 5e-324
print(Number.POSITIVE_INFINITY); // expect: Infinity
constructorprint(Number.NEGATIVE_INFINITY); // expect: -Infinity
print(isNaN(Number.NaN)); // expect: true
