// lastIndexOf: explicit undefined fromIndex is 0, omitted means length-1
print([1, 1, 1].lastIndexOf(1, undefined), [1, 1, 1].lastIndexOf(1)); // expect: 0 2
print([1, 2, 1].lastIndexOf(1, 1.5), [1, 2, 1].lastIndexOf(1, '2')); // expect: 0 2
print([].lastIndexOf(1, -1), [1].lastIndexOf(1, Infinity)); // expect: -1 0
