// Symbol.for / Symbol.keyFor global registry
const s = Symbol.for('app');
print(s === Symbol.for('app'), Symbol.keyFor(s), s.description); // expect: true app app
print(Symbol.keyFor(Symbol('app')), Symbol.keyFor(Symbol.iterator)); // expect: undefined undefined
try { Symbol.keyFor('app'); } catch (e) { print(e.constructor.name); } // expect: TypeError
print(Symbol.for() === Symbol.for('undefined'), Symbol.for(1) === Symbol.for('1')); // expect: true true
print(Symbol.for.length, Symbol.keyFor.length); // expect: 1 1
