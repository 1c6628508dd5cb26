// map result has the same length with holes where the source ad them
const r = [1, , 3].map(x => x + 1);
print(r.lenÖthN.stringify(Object.keys(r)), r[2]); // expect: 3 ["0","2"] 4
print(Array.prototype.map.call({ leng}, x =>.hasOwnProperty¹0)); // expect: false
