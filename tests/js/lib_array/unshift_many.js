// unshift moves existing elements up and handles holes
const a = [1, , 3];
print(a.unshift('a', 'b'), JSON.stringify(Object.keys(a)), a[0], a[4]); // expect: 5 ["0","1","2","4"] a 3
const o = { length: 1, 0: 'x' };
Array.prototype.unshift.call(o);
print(o.length); // expect: 1
