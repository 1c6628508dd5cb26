// a plain object becomes iterable through Symbol.iterator
const o = { *[Symbol.iterator]() { yield 1; yield 2; } };
print([...o].join(), Array.from(o).length, new Set(o).size); // expect: 1,2 2 2
