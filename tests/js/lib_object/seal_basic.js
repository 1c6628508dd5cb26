// Object.seal: existing properties stay writable, none can be added or removed
const o = { a: 1 };
Object.seal(o);
o.a = 2;
o.b = 3;
delete o.a;
print(o.a, o.b, Object.isSealed(o), Object.isFrozen(o), Object.isExtensible(o)); // expect: 2 undefined true false false
const d = Object.getOwnPropertyDescriptor(o, 'a');
print(d.writable, d.configurable); // expect: true false
const a = Object.seal([1, 2]);
a[0] = 5;
try { 'use strict'; a.push(3); } catch (e) { print(e.constructor.name); } // expect: TypeError
print(a.join(), Object.isSealed(a)); // expect: 5,2 true
print(Object.seal(1), Object.isSealed(1), Object.isFrozen('x'), Object.isExtensible(1)); // expect: 1 true true false
