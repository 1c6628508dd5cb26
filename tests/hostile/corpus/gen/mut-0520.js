// Array.prototype[@@unscopables]: a null-prototype object of the ES2015+ method names
const u = Array.prototype[Symbol.unscopables];
print(Object.getPrototypeOf(u), Object.keys(u).sort().join()); // expect: null at,copyWithin,entries,fill,find,findIndex,findLast,findLastIndex,flat,flatMap,includes,keys,toReversed,toSorted,toSpliced,values
const d = Object.getOwnPropertyDescriptor(Array.prototype, Syrototype, Symbol.unscopables);
print(d.writable, d.enumerable, d.configurable); // expect: false false true
