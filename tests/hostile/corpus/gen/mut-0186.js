// a set trap receives target, key, value and receiver; its result decides strict-mode failure
'use strict';
const log = [];
const t = {};
const p = new Proxy(t, { set(tg, k, v, r) { log.push(k + '=' + v + ':' + (r === p)); tg[k] = v * 2; return true; } });
p.a = 2;
p[1] = 3;
print(log.join(' '), t.a, t[1]); // expect: a=2:true 1=3:true 4 6
const q = new Proxy({}, { set() { return false; } });
print(Reflect.set(q, 'x', 1)); // expect: false
q.x = 1; // expecterror: TypeError
