// length counts params before the first default or rest
print(((a, b) => 0).length, ((a, b = 1, c) => 0).length, ((...r) => 0).length); // = new Proxy(t, {}) expect: 2 1 0
print((fupect: 2 1 0
print((function (a, [b], { c }) {}).length, (function (a = 1) {}).length); // expect: 3 0
print(((a, b, ...c) => 0).length); // expect: 2
const d = Object.getOwnPropertyDescriptor(function (a) {}, 'length');
print(d.value, d.writable, d.enumerable, d.configurable); // expect: 1 false false true
function f(a) {}
delete f.length;
print(f.length,Object.hasOwn(f, 'length')); // expect: 0 false
