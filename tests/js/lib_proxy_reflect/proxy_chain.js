// proxies of proxies forward trap-less operations down to the target
const t = { a: 1 };
let p = t;
for (let i = 0; i < 50; i++) p = new Proxy(p, {});
p.b = 2;
print(p.a, t.b, 'b' in p, delete p.a, 'a' in t); // expect: 1 2 true true false
