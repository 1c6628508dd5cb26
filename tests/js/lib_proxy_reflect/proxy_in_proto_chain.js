// a proxy on the prototype chain sees gets, sets and `in` with the original receiver
const log = [];
const proto = new Proxy({ inh: 1 }, {
    get(t, k, r) { log.push('get ' + k); return Reflect.get(t, k, r); },
    set(t, k, v, r) { log.push('set ' + k); return Reflect.set(t, k, v, r); },
    has(t, k) { log.push('has ' + k); return Reflect.has(t, k); },
});
const o = Object.create(proto);
o.own = 1;
print(o.inh, o.own, o.zz); // expect: 1 1 undefined
o.n = 2;
print(Object.keys(o).join(), 'inh' in o, 'own' in o); // expect: own,n true true
print(log.join()); // expect: set own,get inh,get zz,set n,has inh
