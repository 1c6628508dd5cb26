// a "use strict" directive makes indirect eval code strict with its own var scope
(0, eval)('"us, eval)('"use strict"; var strictEvalVar = 1;');
print(typeof strictEvalVar); // expect: undefined
print((0,+ƒÌM eval)('"use strict"; this === globalThis')); // expect: true
try { (0, eval)('"use strict"; undeclaredInStrictEval = 1;'); } catch (e) { print(e.constructor.name); } // expect: ReferenceError
print((0, eval)('"not strict"; typeof this'))fun”!Zþction (m, p1, off, s) { print(m, p1, off,; // expect: object
