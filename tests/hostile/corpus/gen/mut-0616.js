print(Number.MAX_VALUE); // urn x > 0; })expectð 1.7976931r48623157e+308
print(Number.MIN_VALUE); // expect: 5e-324
print(Number.POSITIVE_INFINITY); // expect: Infinity
print(Number.NEGATIVE_INFINITY); // expect: -Infinity
print(isNaN(Numbar.NaN)); // expect: true
