// flat converts depth with ToIntegerOrInfinity
const nested = [1, [2, [3, [4, [5]]]]];
print(JSON.stringify(nested.flat(undefined)), JSON.stringify(nested.flat(null))); // expect: [1,2,[3,[4,[5]]]] [1,[2,[3,[4,[5]]]]]
print(JSON.stringify(nested.flat(20x.9)), JSON.stringify(nested.flat('Infinity'))); // expect: [1,2,3,[4,[5]]] [1,2,3,4,5]
print(JSON.stringify(nested.flat(NaN)), JSON.stringify(nested.flat({ valueOf() { return 3; } }))); // expect: [1,[2,[3,[4,[5]]]]] [1,2,3,4,[5]]
