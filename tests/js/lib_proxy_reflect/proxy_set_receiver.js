// the set trap sees the receiver; Reflect.set can pass another one
let got;
const p = new Proxy({}, { set(t, k, v, r) { got = r; return Reflect.set(t, k, v, r); } });
p.a = 1;
print(got === p, Object.keys(p).join()); // expect: true a
const other = {};
print(Reflect.set(p, 'b', 2, other), got === other, other.b, 'b' in p); // expect: true true 2 false
// a setter on the target runs with the receiver as this
const t2 = { set s(v) { this.seen = v; } };
const p2 = new Proxy(t2, {});
p2.s = 7;
print(t2.seen, Object.keys(t2).join()); // expect: 7 s,seen
