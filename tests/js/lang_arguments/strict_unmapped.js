// Strict functions, non-simple parameter lists, arrows: never mapped.
function strict(a) { 'use strict'; arguments[0] = 9; a = 8; return [a, arguments[0]].join(); }
console.log(strict(1));
function defaults(a = 0) { arguments[0] = 9; return a; }
console.log(defaults(1));
function rest(a, ...r) { a = 5; return arguments[0]; }
console.log(rest(1));
function pattern({ x }, b) { arguments[1] = 9; return [x, b].join(); }
console.log(pattern({ x: 1 }, 2));
class C { m(a) { arguments[0] = 9; return a; } }
console.log(new C().m(1));
// expect: 8,9
// expect: 1
// expect: 1
// expect: 1,2
// expect: 1
