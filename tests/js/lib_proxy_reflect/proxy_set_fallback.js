// without a set trap the target's [[Set]] runs with the proxy as receiver
const t = {};
Object.defineProperty(t, 'hidden', { value: 1, writable: true, enumerable: false, configurable: true });
const p = new Proxy(t, {});
p.a = 1;
p.hidden = 2;
print(t.a, t.hidden, Object.keys(t).join()); // expect: 1 2 a
let who;
const u = new Proxy({ set s(v) { who = this; } }, {});
u.s = 1;
print(who === u); // expect: true
