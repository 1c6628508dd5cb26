// without a trap delete reaches the target
const t = { a: 1 };
Object.defineProperty(t, 'c', { value: 1 });
const p = new Proxy(t, {});
print(delete p.a, 'a' in t, delete p.c, 'c' in t); // expect: true false false true
