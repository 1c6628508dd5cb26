// store caches never bypass a proxy or a proxy on the chain
const log = [];
const p = new Proxy({}, { set(t, k, v) { log.push(v); return true; } });
function wr(o, v) { o.y = v; }
for (let i = 0; i < 2000; i++) wr({ y: 0 }, i);
wr(p, 'a');
const c = Object.create(p);
wr(c, 'b');
print(log.join(), 'y' in c); // expect: a,b false
