// reduce passes (acc, value, index, array) and reads length once
const calls = [];
['a', 'b', 'c'].reduce((acc, v, i, arr) => { calls.push(acc + v + i + arr.length); return acc + v; });
print(calls.join()); // expect: ab13,abc23
const arr = [1, 2, 3];
print(arr.reduce((acc, v, i) => { if (i === 1) arr.push(99); return acc + v; }, 0)); // expect: 6
