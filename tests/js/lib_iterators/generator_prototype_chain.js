// generator function prototypes and %GeneratorPrototype%
function* g() {}
const GenFn = Object.getPrototypeOf(g);
const GenProto = GenFn.prototype;
print(Object.getPrototypeOf(g.prototype) === GenProto, Object.getPrototypeOf(g()) === g.prototype); // expect: true true
print(GenProto[Symbol.toStringTag], GenFn[Symbol.toStringTag]); // expect: Generator GeneratorFunction
print(Object.getOwnPropertyNames(GenProto).sort().join()); // expect: constructor,next,return,throw
print(typeof GenFn.constructor, GenFn.constructor.name); // expect: function GeneratorFunction
const d = Object.getOwnPropertyDescriptor(g, 'prototype');
print(d.writable, d.enumerable, d.configurable); // expect: true false false
g.prototype = null;
print(Object.getPrototypeOf(g()) === GenProto); // expect: true
