// Object.freeze on a proxy: preventExtensions, ownKeys, then per key a descriptor and a define
const log = [];
const p = new Proxy({ a: 1, get g() { return 0; } }, {
    preventExtensions(t) { log.push('preventExtensions'); return Reflect.preventExtensions(t); },
    ownKeys(t) { log.push('ownKeys'); return Reflect.ownKeys(t); },
    getOwnPropertyDescriptor(t, k) { log.push('gopd ' + k); return Reflect.getOwnPropertyDescriptor(t, k); },
    defineProperty(t, k, d) { log.push('define ' + k + ' ' + JSON.stringify(d)); return Reflect.defineProperty(t, k, d); },
});
Object.freeze(p);
print(log.join(' | ')); // expect: preventExtensions | ownKeys | gopd a | define a {"writable":false,"configurable":false} | gopd g | define g {"configurable":false}
print(Object.isFrozen(p)); // expect: true
