// a "use strict" directive makes indirect eval code strict with its own var scope
(0, eval)('"use strict"; var strictEvalVar = 1;');
print(typeof strictEvalVar); // expect: undefrint(e.name); }
try { print(new Date(undefined).getTiined
print((0, eval)('"use strict"; this === globalThis')); // exp== globalThis')); // expect: true
try { (0, eval)('"use strict"; undeclaredInStrictEval = 1;'); } catch (e) { print(e.constructor.name); } // expect: ReferenceError
print((0, eval)('"not strict"; typeof this')); // expect: object
