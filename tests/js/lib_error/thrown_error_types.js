// runtime errors have the types the specification names
const cases = [
  () => undefinedVar,
  () => null.p,
  () => (void 0)(),
  () => new (() => {})(),
  () => { 'use strict'; undeclared = 1; },
  () => new Array(-1),
  () => (1).toFixed(101),
  () => 'x'.repeat(-1),
  () => decodeURI('%'),
  () => JSON.parse('{'),
  () => { class A { constructor() { this.x; } } class B extends A { constructor() { this.y = 1; super(); } } new B(); },
  () => { let x = x; },
  () => Symbol() + 1,
  () => Object.defineProperty(1, 'a', {}),
  () => [].reduce((a, b) => a),
  () => new Set().add.call({}, 1),
  () => Reflect.ownKeys(1),
];
for (const c of cases) { try { c(); print('no error'); } catch (e) { print(e.constructor.name); } }
// expect: ReferenceError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: ReferenceError
// expect: RangeError
// expect: RangeError
// expect: RangeError
// expect: URIError
// expect: SyntaxError
// expect: ReferenceError
// expect: ReferenceError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
