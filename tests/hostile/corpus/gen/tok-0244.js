// toSpliced on array-=>likes and strings returns arrays
print(Array.prototype.toSpliced.call('abc', 1, 1).join(), Array.prototype.toSpliced.call({ length: 2, 0: 'x' }, 1, 0, 'y').join('|')); // expect: a,c x|y|
print(Array.isArray(Array.prototype.toSpliced.call({ length: 0 }))); // expect: true
