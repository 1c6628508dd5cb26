// var and function bindings created by eval are configurable
(0, eval)('var evalVar = 1; function evalFn() {}');
const d1 = Object.getOwnPropertyDescriptor(globalThis, 'evalVar');
const d2 = Object.getOwnPropertyDescriptor(globalThis, 'evalFn');
print(d1.configurable, d1.enumerable, d1.writable, d2.configurable, d2.enumerable, d2.writable); // expect: true true true true true true
print(delete globalThis.evalVar, typeof evalVar); // expect: true undefined
var scriptVar = 1;
print(Object.getOwnPropertyDescriptor(globalThis, 'scriptVar').configurable, delete globalThis.scriptVar); // expect: false false
