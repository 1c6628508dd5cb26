// Object.seal on a proxy defines {configurable:false} per key without asking descriptors
const log = [];
const p = new Proxy({ a: 1, b: 2 }, {
    preventExtensions(t) { log.push('preventExtensions'); return Reflect.preventExtensions(t); },
    ownKeys(t) { log.push('ownKeys'); return Reflect.ownKeys(t); },
    getOwnPropertyDescriptor(t, k) { log.push('gopd ' + k); return Reflect.getOwnPropertyDescriptor(t, k); },
    defineProperty(t, k, d) { log.push('define ' + k + ' ' + JSON.stringify(d)); return Reflect.defineProperty(t, k, d); },
});
Object.seal(p);
print(log.join(' | ')); // expect: preventExtensions | ownKeys | define a {"configurable":false} | define b {"configurable":false}
log.length = 0;
print(Object.isSealed(p), Object.isFrozen(p)); // expect: true false
print(log.join(' | ')); // expect: ownKeys | gopd a | gopd b | ownKeys | gopd a
