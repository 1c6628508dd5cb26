// Duplicate parameter names (sloppy): the last one is mapped.
function f(a, a) { arguments[1] = 'second'; return a; }
console.log(f(1, 2));
function g(a, a) { arguments[0] = 'first'; return a; }
console.log(g(1, 2));
function h(a, a) { a = 'assigned'; return arguments[0] + ',' + arguments[1]; }
console.log(h(1, 2));
// expect: second
// expect: 2
// expect: 1,assigned
