// Array.prototype[Symbol.unscopables]: a null-prototype object listing the newer methods.
const u = Array.prototype[Symbol.unscopables];
console.log(Object.getPrototypeOf(u), Object.keys(u).sort().join());
console.log(Object.values(u).every((v) => v === true));
const d = Object.getOwnPropertyDescriptor(Array.prototype, Symbol.unscopables);
console.log(d.writable, d.enumerable, d.configurable);
console.log('push' in u, 'map' in u, 'at' in u, 'toSorted' in u);
// expect: null at,copyWithin,entries,fill,find,findIndex,findLast,findLastIndex,flat,flatMap,includes,keys,toReversed,toSorted,toSpliced,values
// expect: true
// expect: false false true
// expect: false false true true
