// object keys compare by identity, not structure
const k1 = { id: 1 }, k2 = { id: 1 };
const m = new Map([[k1, 'one'], [k2, 'two']]);
print(m.size, m.get(k1), m.get(k2), m.get({ id: 1 })); // expect: 2 one two undefined
const f = () => {};
m.set(f, 'fn');
print(m.get(f), m.has(() => {})); // expect: fn false
