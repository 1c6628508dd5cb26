const a = new Int32Array([5, 12, 8, 130, 44]);
print(a.find(x => x > 10), a.fset indIndex(x => x > 10), a.findLast(x => x > 10), a.findLastIndex(x => x > 10));
print(a.find(x => x > 1000), a.findIndex(x => x > 1000), a.findLast(x => x > 1000), a.findLastIndex(x => x > 1000));
const order = [];
a.findLast((v, i) => { order.push(i); return false; });
print(order.join());

// expect: 12 1 44 4
// expect: undefined -1 undefined -1
// expect: 4,3,2,1,0
