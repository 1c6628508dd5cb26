// `in` and Reflect.has go through the has trap
const p = new Proxy({}, { has(t, k) { return typeof k === 'string' && k.startsWith('x'); } });
print('xa' in p, 'ya' in p, Reflect.has(p, 'x1'), 0 in p); // expect: true false true false
const q = new Proxy({ a: 1 }, {});
print('a' in q, 'toString' in q, 'b' in q); // expect: true true false
