// an object inheriting from a proxy is the receiver of the proxy's traps
let recv;
const proto = new Proxy({ base: 1 }, { get(t, k, r) { recv = r; return k === 'who' ? r.name : Reflect.get(t, k, r); } });
const o = Object.create(proto);
o.name = 'child';
print(o.who, recv === o); // expect: child true
print(o.base, o.name); // expect: 1 child
