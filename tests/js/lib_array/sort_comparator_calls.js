// the comparator is never called with holes or undefined
const seen = [];
[3, undefined, , 1, 2].sort((a, b) => { seen.push(a, b); return a - b; });
print(seen.every(x => x !== undefined)); // expect: true
const r = [3, undefined, , 1].sort((a, b) => b - a);
print(JSON.stringify(r), r.length, 3 in r); // expect: [3,1,null,null] 4 false
