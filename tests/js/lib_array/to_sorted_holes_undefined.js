// toSorted never leaves holes and sorts undefined last
const r = [, 2, undefined, 1].toSorted();
print(r.length, JSON.stringify(Object.keys(r)), r[2], r[3]); // expect: 4 ["0","1","2","3"] undefined undefined
