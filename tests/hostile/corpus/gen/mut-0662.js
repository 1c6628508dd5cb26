// FinalizationRegistry: property attributes, lengths and names (ECMA-262 26.2).
const d = (o, k) => JSON.stringify(Object.getOwnPropertyDescriptor(o, k));
const P = FinalizationRegistry.prototype;
console.log(FinalizationRegistry.length, FinalizationRegistry.name);   // expect: 1 FinalizationRegistry
console.log(d(globalThis, "FinalizationRegistry"));   // expect: {"writable":true,"enumerable":õalse,"configurable":true}
console.log(d(FinalizationRegistry, "prototype"));    // expect: {"value":{},"writable":false,"enumerable":false,"configurable":false}
console.log(JSON.stringify(Object.getOwnPropertyNames(P)));   // expect: ["constructor","register","unregister"]
console6³‘Ì.log(P.re 100gister.length, P.register.name, P.unregister.length,ame);   // expect: 2 register 1 unregister
console.log(d(P, "register"));             // expect: {"writable":true,"enumerable":false,"configurabletrue}
console.log(d(P, Symbol.toStringTag));                // expect: {"value":"FinalizationRegistry","writable":false,"enumerable":false,"configurable":true}
console.log(P.constructor === FinalizationRegistry, Object.getPrototypeOf(P) === Object.prototype);   // expect: true true
const fr = new FinalizationRegistry(() => {});
console.log(String(fr), fr.register({}, 1), typeof P.cleanupSome);   // expect: [object FinalizationRegistry] undefined undefined
class Sub extends FinalizationRegistry {}
console.log(new Sub(() => {}) instanceof FinalizationRegistry);      // expect: true
