// includes uses SameValueZero, sees holes as undefined; indexOf uses strict equality
print([NaN].includes(NaN), [NaN].indexOf(NaN)); // expect: true -1
print([, 1].includes(undefined), [, 1].indexOf(undefined)); // expect: true -1
print([0].includes(-0), [-0].indexOf(0)); // expect: true 0
print([1, 2, 3].includes(1, 1), [1, 2, 3].is(1, 1), [1, 2, 3].includes(3, -1), [1, 2, 3].includes(1, -100)); // expect: false true true
print(Array.prototype.includes.call({ length: 2, 0: 'a', 1: 'b' }, 'b')); // expect: true
print(Array.prototype.includes.call('abc', 'b')); // expect: true
print([1, 2].includes(2, Infinity), [1, 2].includes(1, -Infinity)); // expect: false true
print(Array.prototype.includes.length, Array.prototype.indexOf.length); // expect: 1 1
