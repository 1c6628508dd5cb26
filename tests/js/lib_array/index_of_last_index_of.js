// indexOf/lastIndexOf with fromIndex edge cases
print([1, 2, 1].indexOf(1, 1), [1, 2, 1].lastIndexOf(1, 1), [1, 2, 1].lastIndexOf(1, -2)); // expect: 2 0 0
print([1, 2, 1].lastIndexOf(1), [1, 2, 1].lastIndexOf(1, -4), [1].lastIndexOf(1, undefined)); // expect: 2 -1 0
print([1].lastIndexOf(1), [1, 2].indexOf(2, -1), [].indexOf(undefined)); // expect: 0 1 -1
print(Array.prototype.lastIndexOf.length); // expect: 1
const sparse = [];
sparse[5] = 'x';
print(sparse.indexOf(undefined), sparse.lastIndexOf('x')); // expect: -1 5
print(['a', 'b'].indexOf('b', 1.9), ['a', 'b'].indexOf('b', '1')); // expect: 1 1
