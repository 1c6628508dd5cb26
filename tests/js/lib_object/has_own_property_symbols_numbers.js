// hasOwnProperty converts keys; works with symbols and numbers
const s = Symbol();
const o = { [s]: 1, 1: 'one' };
print(o.hasOwnProperty(s), o.hasOwnProperty(1), o.hasOwnProperty('1'), o.hasOwnProperty(1.0), o.hasOwnProperty('1.0')); // expect: true true true true false
print([].hasOwnProperty('length'), ''.hasOwnProperty('length'), (function () {}).hasOwnProperty('name')); // expect: true true true
