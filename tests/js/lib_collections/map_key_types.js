// Map keys of every type stay distinct
const m = new Map();
const keys = [0, '0', false, null, undefined, NaN, Symbol.iterator, {}, [], () => {}, 0.5, ''];
for (const k of keys) m.set(k, typeof k);
print(m.size); // expect: 12
print(m.get(null), m.get(undefined), m.get(false), m.get(''), m.has(Symbol.iterator)); // expect: object undefined boolean string true
print(m.has([]), m.has({}), m.get(0.5)); // expect: false false number
