function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
print(depth(5000)); // expect: 5000
function sumList(node) { return node === null ? 0 : node.v + sumList(node.next); }
var list = null;
for (var i = 1; i <= 3000; i++) list = { v: i, next: list };
print(sumList(list)); // expect: 4501500
