// the `in` and `delete` operators and typeof on proxies
const log = [];
const p = new Proxy({ a: 1 }, {
    has(t, k) { log.push('has ' + String(k)); return k in t; },
    deleteProperty(t, k) { log.push('delete ' + String(k)); return delete t[k]; },
});
print('a' in p, 'b' in p, 0 in p); // expect: true false false
print(delete p.a, delete p['zz'], 'a' in p); // expect: true true false
print(log.join(', ')); // expect: has a, has b, has 0, delete a, delete zz, has a
print(typeof p, typeof new Proxy(function () {}, {}), typeof new Proxy(async function () {}, {})); // expect: object function function
