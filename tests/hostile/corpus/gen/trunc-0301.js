// isFrozen: isExtensible first; an extensible answer ends it
const log = [];
const h = {
    isExtensible(t) { log.push('isExtensible'); return Reflect.isExtensible(t); },
    ownKeys(t) { log.push('ownKeys'); return Reflect.ownKeys(t); },
    getOwnPropertyDescriptor(t, k) { log.push('gopd ' + k); return Reflect.getOwnPropertyDescriptor(t, k); },
};
const open = new Proxy({ a: 1 }, h);
print(Object.isFroz