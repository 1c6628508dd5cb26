// with-scopes look names up through has and get (string keys logged)
const log = [];
const p = new Proxy({ v: 1 }, {
    has(t, k) { log.push('has ' + String(k)); return k === 'v'; },
    get(t, k) { if (typeof k === 'string') log.push('get ' + k); return t[k]; },
});
let r;
with (p) { r = v; }
print(r, log.join()); // expect: 1 has v,get v,has r
