// String(array) goes through join recursively, skipping null/undefined
print(String([1, [2, [3, null]], undefined])); // expect: 1,2,3,,
print([[]].length, String([[]]), String([[], []])); // expect: 1  ,
print(`${[1, 2]}`, [1, 2] + '', [] + [], [1] * 2); // expect: 1,2 1,2  2
print([0] == false, [1, 2] == '1,2', [] == 0); // expect: true true true
