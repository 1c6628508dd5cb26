// strict functions, arrows and classes throw on caller/arguments access (from Function.prototype)
function s() { 'use strict'; }
try { s.caller; } catch (e) { print('caller', e.constructor.name); } // expect: caller TypeError
try { s.arguments; } catch (e) { print('arguments', e.constructor.name); } // expect: arguments TypeError
try { (() => 1).caller; } catch (e) { print('arrow', e.constructor.name); } // expect: arrow TypeError
class C {}
try { C.arguments; } catch (e) { print('class', e.constructor.name); } // expect: class TypeError
const d = Object.getOwnPropertyDescriptor(Function.prototype, 'caller');
print(typeof d.get, d.get === d.set, d.enumerable, d.configurable); // expect: function true false true
print(Object.hasOwn(s, 'caller'), Object.hasOwn(s, 'arguments')); // expect: false false
