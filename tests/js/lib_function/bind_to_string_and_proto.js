// bound function: no prototype property, native toString
const b = function f() {}.bind(null);
print(Object.hasOwn(b, 'prototype'), typeof b.toString(), b.toString().includes('native code')); // expect: false string true
print(Object.getOwnPropertyNames(b).sort().join()); // expect: length,name
