// join/toString: separators, null/undefined, cycles, generic toString fallback
print([1, null, undefined, 2].join(), [1, 2].join(undefined), [1, 2].join(null)); // expect: 1,,,2 1,2 1null2
print(JSON.stringify([[[1, 2], [3]].join(';'), [].join(), [,].join('-')])); // expect: ["1,2;3","",""]
const c = [1];
c.push(c);
print(c.join(), String(c)); // expect: 1, 1,
print(Array.prototype.toString.call({ join: () => 'J' })); // expect: J
print(Array.prototype.toString.call({})); // expect: [object Object]
print(Array.prototype.join.call({ length: 2, 0: 'a' }, '+')); // expect: a+
print(Array.prototype.join.length, Array.prototype.toString.length); // expect: 1 0
const sep = { toString() { return '/'; } };
print([1, 2].join(sep)); // expect: 1/2
