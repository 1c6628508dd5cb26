// without a get trap [[Get]] goes to the target, getters see the proxy as this
const t = { a: 1, get me() { return this; } };
const p = new Proxy(t, {});
print(p.a, p.missing, p.me === p, p.toString === Object.prototype.toString); // expect: 1 undefined true true
const q = new Proxy(t, { get: undefined });
print(q.a); // expect: 1
