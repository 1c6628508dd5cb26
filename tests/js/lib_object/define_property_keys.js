// property keys are converted with ToPropertyKey (toString, symbols, numbers)
const o = {};
const key = { toString() { return 'k'; } };
Object.defineProperty(o, key, { value: 1, enumerable: true });
print(Object.keys(o).join()); // expect: k
Object.defineProperty(o, 1.5, { value: 2, enumerable: true });
Object.defineProperty(o, -0, { value: 3, enumerable: true });
print(Object.keys(o).join()); // expect: 0,k,1.5
const s = Symbol('s');
Object.defineProperty(o, s, { value: 4 });
print(o[s], Object.getOwnPropertySymbols(o).length); // expect: 4 1
const log = [];
const k2 = { [Symbol.toPrimitive](hint) { log.push(hint); return 'z'; } };
Object.defineProperty(o, k2, { value: 5 });
print(log.join(), o.z); // expect: string 5
