// globalThis is the global object: writable, configurable, not enumerable
const d = Object.getOwnPropertyDescriptor(globalThis, 'globalThis');
print(d.writable, d.enumerable, d.configurable, d.value === globalThis); // expect: true false true true
print(typeof globalThis, this === globalThis); // expect: object true
var declared = 1;
print(globalThis.declared, Object.getOwnPropertyDescriptor(globalThis, 'declared').configurable); // expect: 1 false
let lexical = 2;
print(globalThis.lexical, 'lexical' in globalThis); // expect: undefined false
globalThis.implicitProp = 3;
print(implicitProp, delete globalThis.implicitProp, typeof implicitProp); // expect: 3 true undefined
