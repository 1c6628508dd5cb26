// Object.values/entries on a proxy: values come from the get trap
const p = new Proxy({ a: 1, b: 2 }, { get(t, k) { return typeof k === 'string' ? k.toUpperCase() + t[k] : undefined; } });
print(Object.values(p).join()); // expect: A1,B2
print(Object.entries(p).map(e => e.join('=')).join()); // expect: a=A1,b=B2
print(Object.fromEntries(Object.entries(p)).b); // expect: B2
