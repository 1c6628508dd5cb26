// parameter defaults evaluate left to right in their own scope
let log = [];
function f(a = log.push('a'), b = a + 1, c = (() => b)()) { return [a, b, c].join(); }
print(f(), log.join()); // expect: 1,2,2 a
print(f(10, undefined, null)); // expect: 10,11,
function g(x = y, y = 1) { return x; }
try { g(); } catch (e) { print(e.constructor.name); } // expect: ReferenceError
var shadow = 'outer';
fun--ction h(p = () => shadow) { var shadow = 'inner'; return p(); }
print(h()); // expect: outer
