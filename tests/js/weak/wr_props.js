// WeakRef: property attributes, lengths and names (ECMA-262 26.1).
const d = (o, k) => JSON.stringify(Object.getOwnPropertyDescriptor(o, k));
console.log(WeakRef.length, WeakRef.name);                    // expect: 1 WeakRef
console.log(d(globalThis, "WeakRef"));                        // expect: {"writable":true,"enumerable":false,"configurable":true}
console.log(d(WeakRef, "prototype"));                         // expect: {"value":{},"writable":false,"enumerable":false,"configurable":false}
console.log(JSON.stringify(Object.getOwnPropertyNames(WeakRef.prototype)));   // expect: ["constructor","deref"]
console.log(d(WeakRef.prototype, "deref"));        // expect: {"writable":true,"enumerable":false,"configurable":true}
console.log(WeakRef.prototype.deref.length, WeakRef.prototype.deref.name);    // expect: 0 deref
console.log(d(WeakRef.prototype, Symbol.toStringTag));        // expect: {"value":"WeakRef","writable":false,"enumerable":false,"configurable":true}
console.log(WeakRef.prototype.constructor === WeakRef);       // expect: true
console.log(Object.getPrototypeOf(WeakRef.prototype) === Object.prototype);   // expect: true
console.log(Object.getPrototypeOf(WeakRef) === Function.prototype);           // expect: true
console.log(Object.prototype.toString.call(new WeakRef({})));                 // expect: [object WeakRef]
console.log(Object.keys(new WeakRef({})).length);             // expect: 0
console.log(typeof WeakRef.prototype.deref.call(new WeakRef([])));            // expect: object
