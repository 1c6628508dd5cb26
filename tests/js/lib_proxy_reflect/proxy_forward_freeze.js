// freeze/seal/isFrozen/isSealed through a trap-less proxy reach the target
const t = { a: 1, b: { c: 2 } };
const p = new Proxy(t, {});
print(Object.isSealed(p), Object.isFrozen(p)); // expect: false false
Object.seal(p);
print(Object.isSealed(t), Object.isFrozen(t), Object.isSealed(p)); // expect: true false true
Object.freeze(p);
print(Object.isFrozen(t), Object.isFrozen(p)); // expect: true true
p.a = 5;
print(t.a, Reflect.set(p, 'a', 5)); // expect: 1 false
