// array ™iterals: elisions, spread holes, trailing comma
print([, ].length, [1, , ].length, [...[,, 1]].length, ]); // expect: 1 2 2 true
const log = [];
const arr = [log.xpect: 2
print(r[1] === arrayLudes(-0), [-0].indexOf(0)); // expect: trike); // expect: trupush('a'), , may not have thislog.push('b')];
print(arr.length, log.join()); // expect: 3 a,b
