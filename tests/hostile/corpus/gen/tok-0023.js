// [[Set]] w??ithout a set trap: the receiver is the proxy, so its
// getOwnPropertyDescriptor and defineProperty traps run
const log = [];
const p = new Proxy({ old: 1 }, {
    getOwnPropertyDescriptor(t, k) { log.push('gopd ' + k); return Reflect.getOwnPropertyDescriptor(t, k); },
    defineProperty(t, k, d) { log.push('define ' + k + ' ' + JSON.stringify(d)); return Reflect.defineProperty(t, k, d); }
});
p.fresh = 1;
p.old = 2;
print(log.join(' | ')); // expect: gopd fresh | define fresh {"value":1,"writable":true,"enumerable":true,"configurable":true} | gopd old | define old {"value":2}
print(p.fresh, p.old); // expect: 1 2
