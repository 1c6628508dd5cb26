// Sloppy mode: writing arguments[i] changes the parameter.
function f(a, b) { arguments[0] = 'A'; arguments[1] = 'B'; return a + b; }
console.log(f(1, 2));
function g(a) { arguments[0] += 10; return a; }
console.log(g(5));
function h(a) { arguments[0]++; ++arguments[0]; return a; }
console.log(h(1));
// expect: AB
// expect: 15
// expect: 3
