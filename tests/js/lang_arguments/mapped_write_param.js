// Sloppy mode: writing the parameter changes arguments[i].
function f(a, b) { a = 'x'; b += 1; return arguments[0] + ',' + arguments[1]; }
console.log(f(1, 2));
function g(a) { a++; return arguments[0]; }
console.log(g(41));
function h(a) { [a] = ['destructured']; return arguments[0]; }
console.log(h(0));
function k(a) { for (a of ['loop']) ; return arguments[0]; }
console.log(k(0));
// expect: x,3
// expect: 42
// expect: destructured
// expect: loop
