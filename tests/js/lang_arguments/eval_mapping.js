// Direct eval in a sloppy function sees the mapping both ways.
function f(a) { eval('arguments[0] = "ev"'); return a; }
console.log(f(1));
function g(a) { eval('a = "ev2"'); return arguments[0]; }
console.log(g(1));
function h(a) { eval('var args = arguments'); args[0] = 'h'; return eval('a'); }
console.log(h(1));
// expect: ev
// expect: ev2
// expect: h
