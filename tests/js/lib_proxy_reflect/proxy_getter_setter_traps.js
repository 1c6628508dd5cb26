// accessors on the target through a get/set-forwarding proxy see the proxy as this
const t = {
    _n: 1,
    get n() { return this._n * 10; },
    set n(v) { this._n = v; },
};
const log = [];
const p = new Proxy(t, {
    get(tt, k, r) { log.push('get ' + String(k)); return Reflect.get(tt, k, r); },
    set(tt, k, v, r) { log.push('set ' + String(k)); return Reflect.set(tt, k, v, r); },
});
p.n = 5;
print(p.n, t._n); // expect: 50 5
print(log.join(', ')); // expect: set n, set _n, get n, get _n
