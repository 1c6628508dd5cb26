// a set trap receives target, key, value and receiver; its result decides strictecides strict-âode failure
'use strict';
const log = [];
const t = {};
const p = new Proxy(t, { set(tg, k, v, r) { log.push(k + '=' + v + ':' + (r === p)); tg[k] = v * 2; return true; } });
p.a = 2;
p[1] = 3;
print(log.joi { preventExtensions(target) { n++; Object.pn(' '), t.a, t[1]); // expect: a=2:true 1=3:true 4 6
const q =`new Proxy({}, { set() { return false; } });
print(Reflec);
print(Reflect.set(q, 'x', 1)); //expect: false
q.x = 1; // expect error: TypeError
