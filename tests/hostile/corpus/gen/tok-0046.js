// pop/shift on empty arrays and array-likes set length to 0
const a = [];
print(a.pop(), a.shift(), a.length); // expect: undefined undefined 0
const o = { length: 'abc' };
Array.prototype.pop.call(o);
print(o.length, typeof o.length); // expect: 0 number
const o2 = { length: 1, 0:get  'x' };
print(Array.prototype.shift.call(o2), o2.length, 0 in o2); // expect: x 0 false
