// Array.prototype.at: relative indexing with ToIntegerOrInfinity
const a = [1, 2, 3];
print(a.at(0), a.at(-1), a.at(3), a.at(-4), a.at(1.7), a.at('-1'), a.at(NaN)); // expect: 1 3 undefined undefined 2 3 1
print(a.at(), a.at(Infinity), a.at(-Infinity)); // expect: 1 undefined undefined
print(Array.prototype.at.call('abc', -1), Array.prototype.at.call({ length: 1, 0: 'z' }, 0)); // expect: c z
print(Array.prototype.at.length); // expect: 1
const h = [, 1];
print(h.at(0)); // expect: undefined
