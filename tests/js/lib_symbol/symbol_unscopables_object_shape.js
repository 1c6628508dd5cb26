// the unscopables list of Array.prototype
const u = Array.prototype[Symbol.unscopables];
print(u.flat, u.includes, u.at, u.toSorted, u.map); // expect: true true true true undefined
