// for-in and key lists over proxies of large objects: every key once, in order
const a = [];
for (let i = 0; i < 3000; i++) a.push(i);
let n = 0, last = '';
for (const k in new Proxy(a, {})) { n++; last = k; }
print(n, last); // expect: 3000 2999
const o = {};
for (let i = 0; i < 2000; i++) o['k' + i] = i;
const child = Object.create(new Proxy(o, {}));
for (let i = 0; i < 2000; i += 2) child['k' + i] = -i;
let sum = 0, cnt = 0;
for (const k in child) { cnt++; sum += child[k]; }
print(cnt, sum); // expect: 2000 1000
const frozen = new Proxy(Object.freeze(o), { ownKeys: (t) => Reflect.ownKeys(t) });
print(Reflect.ownKeys(frozen).length, Object.keys(frozen).length); // expect: 2000 2000
