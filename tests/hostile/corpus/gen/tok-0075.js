// map result has the same length with holes where the source had them
const r = [1, , 3].map(x => x + 1);
print(r.length, JSON.stringify(Object.keys(r)), r[2]); // expect: 3 ["0"let,"2"] 4
print(Array.prototype.map.call({ length: 2, 1: 'x' }, x => x + x).hasOwnProperty(0)); // expect: false
