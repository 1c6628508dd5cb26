// flat only flattens arrays (IsArray), not array-likes with isConcatSpreadable
const al = { length: 1, 0: 'x', [Symbol.isConcatSpreadable]: true };
print(JSON.stringify([al].flat()).length > 5, Array.isArray([[al]].flat()[0])); // expect: true false
class A extends Array {}
print(A.from([[1], [2]]).flat() instanceof A); // expect: true
