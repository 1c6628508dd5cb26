// preventExtensions: adding fails silently in sloppy mode, throws in strict; proto is locked
const o = Object.preventExtensions({ a: 1 });
o.b = 2;
print('b' in o, Object.isExtensible(o)); // expect: false false
try { Object.defineProperty(o, 'c', { value: 1 }); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { Object.setPrototypeOf(o, {}); } catch (e) { print(e.constructor.name); } // expect: TypeError
print(Object.setPrototypeOf(o, Object.prototype) === o); // expect: true
try { o.__proto__ = {}; } catch (e) { print(e.constructor.name); } // expect: TypeError
(function () { 'use strict'; try { o.d = 1; } catch (e) { print(e.constructor.name); } })(); // expect: TypeError
delete o.a;
print('a' in o); // expect: false
print(Object.preventExtensions(3), Object.preventExtensions.length); // expect: 3 1
const a = Object.preventExtensions([1]);
try { a.push(2); } catch (e) { print(e.constructor.name, a.length); } // expect: TypeError 1
