// console.log shows weak collections without their contents, as node does.
const o = { a: 1 };
console.log(new WeakRef(o));                       // expect: WeakRef {}
console.log(new FinalizationRegistry(() => {}));   // expect: FinalizationRegistry {}
console.log(new WeakMap([[o, 1]]), new WeakSet([o]));   // expect: WeakMap { <items unknown> } WeakSet { <items unknown> }
console.log([new WeakRef(o)]);                     // expect: [ WeakRef {} ]
console.log(Object.prototype.toString.call(new WeakMap()), String(new WeakSet()));   // expect: [object WeakMap] [object WeakSet]
