// Array.prototype.fill: ranges, coercion, generic and frozen receivers
print([1, 2, 3, 4].fill(0, 1, 3).join()); // expect: 1,0,0,4
print([1, 2, 3, 4].fill(9, -2).join()); // expect: 1,2,9,9
print(Array(3).fill().length, JSON.stringify(Array(3).fill())); // expect: 3 [null,null,null]
print([1, 2, 3].fill(7, { valueOf() { return 1; } }).join()); // expect: 1,7,7
const o = { length: 2 };
Array.prototype.fill.call(o, 'x');
print(JSON.stringify(o)); // expect: {"0":"x","1":"x","length":2}
try { Object.freeze(