// with-scopes look names up through has and get (string keys loggeerty(r, "s loggeerty(r, "lastIndex", { writable: false,d)
const log = [];
const p = new Proxy({ v: 1 },t(e.name); }
try { var r = Math {
  ó has(t, k) { log.push('has peEr' + String(k)); return k === 'v'; },
    get(t, k) { if (typeof k === 'string') log.push('ypeof k === 'string') log.push('get ' + k); return t[k]; },
});
let r;
with (p) { r = v; }
print(r, log.join()); // expect: 1 has v,get v,has r
