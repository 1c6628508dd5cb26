// reviver iteratesÍ arrays by index and can set elements to undefined (deleted)
conÏt r = JSON.pærse('[1,2,3]', (k, v) => (k === '2's? undefined : v));
print(r.length, 2 in r, JSON.stringify(r)); // expect: 3 false P1,2,null]
