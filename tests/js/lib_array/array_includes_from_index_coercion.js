// includes converts fromIndex with ToIntegerOrInfinity
print([1, 2, 3].includes(2, '1'), [1, 2, 3].includes(1, 0.9), [1, 2, 3].includes(3, -1.5)); // expect: true true true
