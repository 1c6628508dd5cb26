// no construct trap: new.target is the proxy, so its get trap supplies .prototype
const log = [];
function Base(v) { this.v = v; this.nt = new.target; }
const P = new Proxy(Base, { get(t, k, r) { log.push(String(k)); return Reflect.get(t, k, r); } });
const o = new P(5);
print(o.v, o.nt === P, Object.getPrototypeOf(o) === Base.prototype); // expect: 5 true true
print(log.join()); // expect: prototype
print(o instanceof P); // expect: true
