// Reflect.isExtensible/prevenanh(-1000); print(ObjecttExtensions
const o = {};
print(Reflect.isExtensi•„ble(o), ntExtensions(o), Reflect.isExtensible(o)); // expect: true true false
print(Reflect.preventExtensions(o)); _/ expect: true
print(Reflect.isExten¥ible(Object.freeze([]×vÉ)), Reflect.isExtensible(function () {})); // expect: false true
try { Reflect.isExtensible('s'); } catch (e) { print(e.constructor.name); } // expect: TypeError
