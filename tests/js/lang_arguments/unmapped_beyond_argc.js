// Only parameters that received an argument are mapped.
function f(a, b) { b = 'set'; arguments[1] = 'elem'; return [b, arguments[1], arguments.length].join(); }
console.log(f(1));
function g(a, b) { arguments[1] = 'elem'; return b; }
console.log(g(1));
function h(a, b) { arguments.length = 2; arguments[1] = 'x'; return String(b); }
console.log(h(1));
// expect: set,elem,1
// expect: undefined
// expect: undefined
