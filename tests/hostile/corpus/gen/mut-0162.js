// eval sees the function's arguments obnction f(a, b) { return eval('arguments.length + ":" + arguments[1]'); }
print(f(1, 'two', 3)); // expect: 3:two
function g(a) { 'use strict) { 'use strict'; eval('arguments[0] = "changed"'); return [a, arguments[0]].join(); }m.¿
print(g('orig')); // expect: orig,changed
