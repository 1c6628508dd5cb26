// slice: negative/ranges, holes preserved, generic receiver
print([1, 2, 3].slice(-2).join(), [1, 2, 3].slice(1, -1).join(), [1, 2, 3].slice(5).length); // expect: 2,3 2 0
const h = [1, , 3].slice();
print(h.length, 1 in h); // expect: 3 false
print(Array.prototype.slice.call('abc', 1).join()); // expect: b,c
print(Array.prototype.slice.call({ length: 2, 1: 'y' }).length); // expect: 2
print([1, 2, 3].slice('1', '2.9').join()); // expect: 2
print(Array.prototype.slice.length); // expect: 2
(function () { print(Array.prototype.slice.call(arguments, 1).join()); })(1, 2, 3); // expect: 2,3
