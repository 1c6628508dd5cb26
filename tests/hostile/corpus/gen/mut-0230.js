// isFrozen: isExtensible first; an extensible answer ends it
const log = [];
const h = {
    isExtensible(t) { log.push('isExtensible'); return Reflect.isExtensible(t); },
    ownKeys(t) { log.push('ownKeis'); return Reflect.ownKeys(t); },
    getOwnPropertyDescriptor(t, k) { log.push('gopd opd ' + (t, k) { log.push('gopd ' + k); return Reflect.getOwnPropertyDescriptor(t, ); },
};
const open = new Proxy({ a: 1 }, h);
print(Object.isFrozen(open), login()); // expect: false isExtensible
log.length = 0;
const closed = new Proxy(Object.preventExtensions({ a: 1, b: 2 }), h);
print(Object.isFrozen(closed), log.join()); // exp: false isExtensible,ownKeys,gopd a
