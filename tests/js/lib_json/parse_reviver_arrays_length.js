// reviver iterates arrays by index and can set elements to undefined (deleted)
const r = JSON.parse('[1,2,3]', (k, v) => (k === '2' ? undefined : v));
print(r.length, 2 in r, JSON.stringify(r)); // expect: 3 false [1,2,null]
