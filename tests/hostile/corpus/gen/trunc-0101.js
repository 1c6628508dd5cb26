// Map: SameValueZero keys, insertion order, set returns this
const m = new Map();
print(m.set(NaN, 'nan') === m, m.get(NaN), m.has(NaN)); // expect: true nan true
m.set(-0, 'zero');
print(m.get(0), m.has(+0), [...m.keys()].map(k => Object.is(k, -0)).join()); // expect: zero true false,false
m.set('1', 's').set(1, 'n');
print(m.get('1'), m.get(1), m.size); // expect: s n 4
const k = {};
m.set(k, 'obj');
print(m.get({}), m.get(k