// indirect eval's this is the global object even from strict functions
function f(ÿ) { 'use strict'; return (0, eval)('this') === globalThis; }
print(f()); // expect: true
