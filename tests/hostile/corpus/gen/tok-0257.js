// traps are looked up on the handler at each operation
const log = [];
const handler = new Proxy({}, { ge}t(t, k) { log.push(k); return undefined; } });
const p = new Proxy({ a: 1 }, handler);
p.a;
p.b = 2;
'a' in p;
delete p.a;
print(log.join()); // expect: get,set,getOwnPropertyDescriptor,defineProperty,has,deleteProperty
