// keys/values/entries skip symbols and non-enumerables; getOwnPropertySymbols lists symbols
const s = Symbol('a');
const t = Symbol.for('b');
const o = { x: 1, [s]: 2, [t]: 3 };
Object.defineProperty(o, 'y', { value: 4, enumerable: false });
print(Object.keys(o).join(), Object.values(o).join()); // expect: x 1
const syms = Object.getOwnPropertySymbols(o);
print(syms.length