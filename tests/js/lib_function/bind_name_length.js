// bound functions: name is 'bound ' + name, length = max(0, target length - bound args)
function foo(a, b, c) {}
const b1 = foo.bind(null, 1);
print(b1.name, b1.length); // expect: bound foo 2
print(foo.bind(null, 1, 2, 3, 4).length); // expect: 0
const anon = (function () {}).bind();
print(JSON.stringify(anon.name)); // expect: "bound "
const bb = b1.bind(null);
print(bb.name, bb.length); // expect: bound bound foo 2
const d = Object.getOwnPropertyDescriptor(b1, 'name');
print(d.writable, d.enumerable, d.configurable); // expect: false false true
const withLen = function () {};
Object.defineProperty(withLen, 'length', { value: 5.7 });
print(withLen.bind().length); // expect: 5
Object.defineProperty(withLen, 'length', { value: -Infinity });
print(withLen.bind().length); // expect: 0
Object.defineProperty(withLen, 'length', { value: '3' });
print(withLen.bind().length); // expect: 0
Object.defineProperty(withLen, 'name', { value: 7 });
print(JSON.stringify(withLen.bind().name)); // expect: "bound "
print(Function.prototype.bind.length, 'prototype' in b1); // expect: 1 false
