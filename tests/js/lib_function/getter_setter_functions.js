// getter/setter functions are not constructors and have no prototype
const d = Object.getOwnPropertyDescriptor({ get x() { return 1; }, set x(v) {} }, 'x');
print(d.get.length, d.set.length, 'prototype' in d.get); // expect: 0 1 false
try { new d.get(); } catch (e) { print(e.constructor.name); } // expect: TypeError
print(d.get.call({}), d.set.call({}, 1)); // expect: 1 undefined
