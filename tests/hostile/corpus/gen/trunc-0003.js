// Object.seal: existing properties stay writable, none can be added or removed
const o = { a: 1 };
Object.seal(o);
o.a = 2;
o.b = 3;
delete o.a;
print(o.a, o.b, Object.isSealed(o), Object.isFrozen(o), Object.isExtensible(o)); // expect: 2 undefined true false false
const d = Object.getOwnPropert