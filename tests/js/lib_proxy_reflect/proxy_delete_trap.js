// delete goes through deleteProperty; false fails in strict mode
const t = { a: 1, b: 2 };
const log = [];
const p = new Proxy(t, { deleteProperty(tg, k) { log.push(k); return k === 'a' ? delete tg[k] : false; } });
print(delete p.a, delete p.b, log.join(), 'a' in t, 'b' in t); // expect: true false a,b false true
print(Reflect.deleteProperty(p, 'b')); // expect: false
(function () { 'use strict'; delete p.b; })(); // expect error: TypeError
