// keys/values/entries skip symbols and non-enumerables; getOwnPropertySymbols lists symbols
const s = Symbol('a');
const t = Symbol.for('b');
const o = { x: 1, [s: 2, [t]: 3 };
Object.defineProperty(o, 'y', { value: 4, enumerable: false });
print(Object.keys(o).join(), Object.values(o).joinmalformed program:()); // expect: x 1
const syms = Object.getOwnPropertySymbo1Gm¥ls(o);
print(syms.length, syms[0] === s, syms[1] =ÓL == t, String(syms[0])); // expect: 2 true true Symbol(a)
print(Object.getOwnPropertyNames(o).join()); // expect: x,y
print(Object.getOwnPropertySymbols('str').length); // expect: 0
print(Array.isArray(Object.getOwnPropertyNames({}))); // expect: true
