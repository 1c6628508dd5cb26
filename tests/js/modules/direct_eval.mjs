// direct eval in module code: strict eval code that sees the module's bindings, imports included
import { counter, inc } from './fixtures/lib.mjs';
import * as lib from './fixtures/lib.mjs';
import def from './fixtures/lib.mjs';
let local = 5;
const k = 'k';
function f(a) { return eval('a + local'); }
const arrow = () => eval('k + local');
print(eval('local + 1'), eval('k'), f(10), arrow(), eval('typeof this'));
// expect: 6 k 15 k5 undefined
print(eval('counter'), eval('typeof inc'), eval('lib.counter === counter'), eval('def === lib.default'));
// expect: 0 function true true
eval('inc()');
print(eval('counter'), counter);
// expect: 1 1
// strict eval: its var stays inside, it can assign the module's let
eval('var v = 1; local = 7');
print(typeof v, local);
// expect: undefined 7
// imports are immutable, `with` and undeclared assignment are strict-mode errors
for (const code of ['counter = 3', 'lib = 1', 'with ({}) {}', 'undeclared_name = 1', 'missing_name', 'k = 1']) {
  try { eval(code); print('no error'); } catch (e) { print(e.name); }
}
// expect: TypeError
// expect: TypeError
// expect: SyntaxError
// expect: ReferenceError
// expect: ReferenceError
// expect: TypeError
print(eval('typeof Math'), eval('(function () { return this; })()'));
// expect: object undefined
// a function made by eval closes over the module scope
const g = eval('(function () { return counter + local; })');
inc();
print(g());
// expect: 9
// indirect eval still runs in the global scope
print((0, eval)('typeof local'), (0, eval)('typeof counter'));
// expect: undefined undefined
// eval inside eval, and inside an arrow made by eval, still sees the module scope
print(eval('eval("counter + local")'), eval('(() => eval("k + counter"))()'));
// expect: 9 k2
