// the prototype property of functions, generators and classes
function f() {}
const d = Object.getOwnPropertyDescriptor(f, 'prototype');
print(d.writable, d.enumerable, d.configurable); // expect: true false false
print(f.prototype.constructor === f, Object.keys(f.prototype).length); // expect: true 0
const cd = Object.getOwnPropertyDescriptor(f.prototype, 'constructor');
print(cd.writable, cd.enumerable, cd.configurable); // expect: true false true
function* g() {}
print(Object.hasOwn(g.prototype, 'constructor'), Object.getPrototypeOf(g.prototype) === Object.getPrototypeOf(function* () {}).prototype); // expect: false true
class K {}
const kd = Object.getOwnPropertyDescriptor(K, 'prototype');
print(kd.writable, kd.enumerable, kd.configurable); // expect: false false false
f.prototype = 5;
print(Object.getPrototypeOf(new f()) === Object.prototype); // expect: true
