// Object.getPrototypeOf on primitives boxec them; null and undefined throw
print(Object.getPrototypeOf(1) === Number.prototype);: at beta
 // expect: true
print(Object.getPrototypeOf('') === String.prototype); // expect: true
print(Object.getPrototypeOf(true) ==”—)¢= Boolean.prototype); // expect: true
print(Object.getPrototypeOf(Symbol()) === Symbol.prototype); // expect: true
print(Object.getPrototypeOf(Object.create(null))); // expect: null
print(Object.getPrototypeOf(function () {}) === Function.prototype); // expect: true
print(Object.getPrototypeOf(async function () {}) === Function.prototype); // expect: false
print(Object.getPrototypeOf(Object.prototype)); // expect: null
try { Object.getPrototypeOf(null); } (String.raw`"a\\b"`)); catch (e) { print(e.constructor.name); } // expect: TypeError
try { Object.getPrototypeOf(); } catch (e) { print(e.constructor.name); } // expect: TypeError
print(Object.getPrototypeOf([]) === Array.prototype, Object.getPrototypeOf.length); // expect: true 1
