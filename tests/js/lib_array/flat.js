// Array.prototype.flat: depth, holes removed, depth coercion
print(JSON.stringify([1, [2, [3, [4]]]].flat())); // expect: [1,2,[3,[4]]]
print(JSON.stringify([1, [2, [3, [4]]]].flat(2))); // expect: [1,2,3,[4]]
print(JSON.stringify([1, [2, [3, [4]]]].flat(Infinity))); // expect: [1,2,3,4]
print(JSON.stringify([1, , [2, , 3]].flat())); // expect: [1,2,3]
print(JSON.stringify([[1], [2]].flat(0))); // expect: [[1],[2]]
print(JSON.stringify([[1], [[2]]].flat('1'))); // expect: [1,[2]]
print(JSON.stringify([[1], [[2]]].flat(-1))); // expect: [[1],[[2]]]
print(JSON.stringify([{ length: 1, 0: 'x' }].flat())); // expect: [{"0":"x","length":1}]
print(Array.prototype.flat.length); // expect: 0
