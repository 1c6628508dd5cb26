// delete: non-configurable properties, strict mode TypeError, return values
const o = { a: 1 };
print(delete o.a, delete o.nothing, 'a' in o); // expect: true true false
print(delete Math.PI, Math.PI > 3); // expect: false true
(function () { 'use strict'; try { delete Math.PI; } catch (e) { print(e.constructor.name); } })(); // expect: TypeError
const arr = [1, 2, 3];
print(delete arr[1], arr.length, 1 in arr); // expect: true 3 false
print(delete arr.length); // expect: false
print(delete 'abc'[0], delete 'abc'.length, delete 'abc'[5]); // expect: false false true
(function () { 'use strict'; try { delete [].length; } catch (e) { print(e.constructor.name); } })(); // expect: TypeError
