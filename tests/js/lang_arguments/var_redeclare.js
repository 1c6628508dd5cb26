// `var` declarations that name a parameter write the same (mapped) binding.
function f(a) { var a = 5; return arguments[0]; }
console.log(f(1));
function g(a) { for (var a in { key: 1 }); return arguments[0]; }
console.log(g(1));
function h(a) { var [a] = [7]; return arguments[0]; }
console.log(h(1));
function k(a) { try { throw 3; } catch (a) { a = 4; } return arguments[0]; }
console.log(k(1));
// expect: 5
// expect: key
// expect: 7
// expect: 1
