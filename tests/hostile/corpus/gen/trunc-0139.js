// a trap that is neither undefined/null nor callable is a TypeError
const p = new Proxy({ a: 1 }, { get: null });
print(p.a); // expect: 1
new Proxy({}, { get: 1 }).a; // expe