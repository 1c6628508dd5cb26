// Proxy.revocable returns {proxy, revoke}; a revoked proxy throws on every operation
const r = Proxy.revocable({ a: 1 }, {});
print(Object.keys(r).join(), typeof r.revoke, r.proxy.a); // expect: proxy,revoke function 1
r.revoke();
r.revoke();
let n = 0;
for (const f of [() => r.proxy.a, () => { r.proxy.a = 1; }, () => 'a' in r.proxy, () => delete r.proxy.a]) {
    try { f(); } catch (e) { if (e instanceof TypeError) n++; }
}
print(n); // expect: 4
