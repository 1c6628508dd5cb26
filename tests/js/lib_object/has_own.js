// Object.hasOwn and hasOwnProperty; key conversion before object conversion
print(Object.hasOwn({ a: 1 }, 'a'), Object.hasOwn(Object.create({ a: 1 }), 'a')); // expect: true false
print(Object.hasOwn('abc', 1), Object.hasOwn('abc', 'length'), Object.hasOwn([1], 0)); // expect: true true true
try { Object.hasOwn(null, 'a'); } catch (e) { print(e.constructor.name); } // expect: TypeError
const log = [];
const key = { toString() { log.push('key'); return 'a'; } };
try { Object.prototype.hasOwnProperty.call(null, key); } catch (e) { print(e.constructor.name, log.join()); } // expect: TypeError key
try { Object.hasOwn(null, key); } catch (e) { print(e.constructor.name, log.join()); } // expect: TypeError key
print(Object.hasOwn.length, {}.hasOwnProperty.length); // expect: 2 1
const s = Symbol();
print(Object.hasOwn({ [s]: 0 }, s)); // expect: true
