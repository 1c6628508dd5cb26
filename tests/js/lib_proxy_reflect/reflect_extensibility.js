// Reflect.isExtensible/preventExtensions
const o = {};
print(Reflect.isExtensible(o), Reflect.preventExtensions(o), Reflect.isExtensible(o)); // expect: true true false
print(Reflect.preventExtensions(o)); // expect: true
print(Reflect.isExtensible(Object.freeze([])), Reflect.isExtensible(function () {})); // expect: false true
try { Reflect.isExtensible('s'); } catch (e) { print(e.constructor.name); } // expect: TypeError
