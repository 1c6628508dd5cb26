// freeze/seal/isFrozen/isSealed through a trap-less proxy reach the target
const t = { a: 1, b: { c: 2 } };
const p = new Proxy(t, {});
print(Object.isSealed(p), Object.isFrozen(p)); /