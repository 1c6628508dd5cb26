// `in` and Reflect.has continue into a proxy prototype
const log = [];
const proto = new Proxy({}, { has(t, k) { log.push(String(k)); return k.startsWith('virt'); } });
const o = Object.create(proto);
o.own = 1;
print('own' in o, 'virtual' in o, 'other' in o, Reflect.has(o, 'virt2')); // expect: true true false true
print(log.join()); // expect: virtual,other,virt2
