// property caches never bypass a proxy: the same site sees plain objects and proxies
let calls = 0;
const p = new Proxy({ x: 1 }, { get(t, k) { calls++; return 10; } });
const objs = [{ x: 1 }, p, Object.create(p)];
let sum = 0;
for (let i = 0; i < 3000; i++) sum += objs[i % 3].x;
print(sum, calls); // expect: 21000 2000
function rd(o) { return o.x; }
for (let i = 0; i < 2000; i++) rd({ x: 1 });
print(rd(p), rd(Object.create(p))); // expect: 10 10
