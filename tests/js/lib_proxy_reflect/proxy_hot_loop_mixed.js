// one hot site sees ordinary objects and proxies in turn: the caches never
// answer for a proxy (run under every tier by the test matrix)
const plain = { v: 1 };
const traps = new Proxy({ v: 1 }, { get(t, k) { return k === 'v' ? 100 : undefined; }, set(t, k, v) { t[k] = v * 2; return true; }, has() { return false; } });
const fwd = new Proxy({ v: 1 }, {});
function read(o) { return o.v; }
function write(o, x) { o.v = x; return o.v; }
function has(o) { return 'v' in o; }
let r = 0, w = 0, h = 0;
for (let i = 0; i < 3000; i++) {
    const o = i % 3 === 0 ? plain : i % 3 === 1 ? traps : fwd;
    r += read(o);
    w += write(o, 1);
    h += has(o) ? 1 : 0;
}
print(r, w, h); // expect: 102000 102000 2000
const f = new Proxy(function (x) { return x + 1; }, { apply(t, s, a) { return t(a[0]) * 2; } });
function callIt(g, x) { return g(x); }
let c = 0;
for (let i = 0; i < 2000; i++) c += callIt(i % 2 ? f : (x => x), 1);
print(c); // expect: 5000
