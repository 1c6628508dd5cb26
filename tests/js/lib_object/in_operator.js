// the in operator: key coercion, prototype chain, TypeError on primitives
const o = Object.create({ inh: 1 });
print('inh' in o, 'toString' in o, 'missing' in o); // expect: true true false
print(0 in [1], 1 in [1], 'length' in []); // expect: true false true
const key = { toString() { return 'inh'; } };
print(key in o); // expect: true
try { 'a' in 'abc'; } catch (e) { print(e.constructor.name); } // expect: TypeError
try { 'a' in null; } catch (e) { print(e.constructor.name); } // expect: TypeError
print(Symbol.iterator in [], Symbol.iterator in {}); // expect: true false
