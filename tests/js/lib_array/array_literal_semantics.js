// array literals: elisions, spread holes, trailing comma
print([, ].length, [1, , ].length, [...[, 1]].length, 0 in [...[, 1]]); // expect: 1 2 2 true
const log = [];
const arr = [log.push('a'), , log.push('b')];
print(arr.length, log.join()); // expect: 3 a,b
