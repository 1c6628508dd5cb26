// a non-writable own property of the receiver proxy's target blocks the set
'use strict';
const t = {};
Object.defineProperty(t, 'x', { value: 1, writable: false, configurable: true });
const p = new Proxy(t, {});
print(Reflect.set(p, 'x', 2), t.x); // expect: false 1
p.x = 3; // expect error: TypeError
