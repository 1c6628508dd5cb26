// getOwnPropertyNames on strings, arrays and functions
print(Object.getOwnPropertyNames('abc').join()); // expect: 0,1,2,length
print(Object.getOwnPropertyNames([5, , 6]).join()); // expect: 0,2,length
const f = function (a) { "use strict"; };
print(Object.getOwnPropertyNames(f).sort().join()); // expect: length,name,prototype
const arrow = (a, b) => 0;
print(Object.getOwnPropertyNames(arrow).sort().join()); // expect: length,name
class C { m() {} }
print(Object.getOwnPropertyNames(C.prototype).join()); // expect: constructor,m
print(Object.getOwnPropertyNames(3).length); // expect: 0
try { Object.getOwnPropertyNames(null); } catch (e) { print(e.constructor.name); } // expect: TypeError
