// module scope: strict, this undefined, declarations not global, import.meta
print(this === undefined);                       // expect: true
print((function () { return this; })());         // expect: undefined
print((() => this)());                           // expect: undefined
let x = 1;
const y = 2;
class C {}
print('x' in globalThis, 'y' in globalThis, 'C' in globalThis); // expect: false false false
print(typeof import.meta, import.meta.url.startsWith('file://'), import.meta.url.endsWith('/this_and_scope.mjs')); // expect: object true true
print((0, eval)('typeof x')); // expect: undefined
print(typeof require); // expect: undefined
