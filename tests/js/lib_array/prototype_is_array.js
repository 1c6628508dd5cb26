// Array.prototype is itself an array exotic object
print(Array.isArray(Array.prototype), Array.prototype.length); // expect: true 0
const d = Object.getOwnPropertyDescriptor(Array.prototype, 'length');
print(d.writable, d.enumerable, d.configurable); // expect: true false false
print(Object.prototype.toString.call(Array.prototype)); // expect: [object Array]
const proto = Object.getOwnPropertyDescriptor(Array, 'prototype');
print(proto.writable, proto.enumerable, proto.configurable); // expect: false false false
print(Array.prototype.constructor === Array); // expect: true
