// eval in strict callers: own var scope, strict semantics inside
function f() {
  'use strict';
  eval('var inner = 1');
  try { eval('undeclared = 1'); } catch (e) { print(e.constructor.name); } // expect: ReferenceError
  return typeof inner;
}
print(f()); // expect: undefined
function g() { 'use strict'; return eval('(function () { return this; })()'); }
print(g()); // expect: undefined
