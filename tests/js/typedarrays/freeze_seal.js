try { Object.freeze(new Uint8Array(1)); } catch (e) { print(e instanceof TypeError); }
const e = Object.freeze(new Uint8Array(0));
print(Object.isFrozen(e), Object.isSealed(e));
const p = new Uint8Array(1);
Object.preventExtensions(p);
print(Object.isExtensible(p), Object.isFrozen(p));
p[0] = 4;
print(p[0]);

// expect: true
// expect: true true
// expect: false false
// expect: 4
