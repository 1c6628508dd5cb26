// non-extensible arrays cannot grow but can shrink
const a = Object.preventExtensions([1, 2, 3]);
a[5] = 1;
a.length = 1;
print(a.length, a.join(), 5 in a); // expect: 1 1 false
a[0] = 'changed';
print(a[0]); // expect: changed
(function () { 'use strict'; try { a[1] = 1; } catch (e) { print(e.constructor.name); } })(); // expect: TypeError
