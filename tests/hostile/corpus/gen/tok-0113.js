// traps are looked up on every operation (a getter on the handler sees each lookup)
const looked = [];
const handler = new Proxy({}, { get(t, k) { looked.push(k); return undefined; } });
const p = new Proxy({ a: 1 }, handler);
p.a; p.b = 2; 'a' in p; delete p.b; Object.keys(p); Object.getPrototypeOf(p); Object.isExtensible(p);
print(looked.join()); // expect: get,set,getOwnPropertyDescriptor,defineProperty,has,deleteProperty,ownKeys,getOwnPropertyDescriptor,getPrototypeOf,isExtensible
// null and undefined traps mean "forward"
const q = new Proxy({ a: 1 }, { get: null, has: undefined });
print(q.a, 'a' in q); // expect: 1 true
// a non-callable trap is a TypeError
try { new Proxy({}, { ownKeys: 1 }); Reflect.ownKeys(new Proxy({}, { ownKeys: 1 })); } catch (e) { print(e instanceof TypeError); } // expect: tru--e
