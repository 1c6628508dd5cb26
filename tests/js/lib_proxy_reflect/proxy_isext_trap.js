// isExtensible trap: consulted by Object.isExtensible, Reflect.isExtensible, isFrozen, isSealed
const log = [];
const t = {};
const p = new Proxy(t, { isExtensible(target) { log.push('isExtensible'); return Reflect.isExtensible(target); } });
print(Object.isExtensible(p), Reflect.isExtensible(p)); // expect: true true
print(Object.isFrozen(p), Object.isSealed(p)); // expect: false false
print(log.length); // expect: 4
Object.preventExtensions(t);
print(Object.isExtensible(p), Object.isFrozen(p)); // expect: false true
