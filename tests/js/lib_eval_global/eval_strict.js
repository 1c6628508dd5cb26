// strict eval code gets its own variable environment
function f() { 'use strict'; eval('var x = 1'); return typeof x; }
print(f()); // expect: undefined
function g() { eval('"use strict"; var y = 2'); return typeof y; }
print(g()); // expect: undefined
(0, eval)('"use strict"; var z = 3');
print(typeof z); // expect: undefined
function h() { 'use strict'; return eval('this'); }
print(h()); // expect: undefined
