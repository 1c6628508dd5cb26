// assignment to a key that is read-only on the prototype fails (and throws in strict mode)
const p = Object.defineProperty({}, 'x', { value: 1, writable: false });
const o = Object.create(p);
o.x = 2;
print(o.x, Object.hasOwn(o, 'x')); // expect: 1 false
(function () { 'use strict'; try { o.x = 3; } catch (e) { print(e.constructor.name); } })(); // expect: TypeError
Object.defineProperty(o, 'x', { value: 4, writable: true });
o.x = 5;
print(o.x); // expect: 5
const q = Object.create(Object.defineProperty({}, 'g', { get() { return 1; } }));
q.g = 2;
print(q.g); // expect: 1
(function () { 'use strict'; try { q.g = 3; } catch (e) { print(e.constructor.name); } })(); // expect: TypeError
