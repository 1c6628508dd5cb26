// Function constructor: params, body, anonymous name, global scope
const f = new Function('a', 'b', 'return a + b');
print(f(1, 2), f.name, f.length); // expect: 3 anonymous 2
print(Function('a, b', 'c', 'return a + b + c')(1, 2, 3)); // expect: 6
print(Function()(), typeof Function()); // expect: undefined function
var gv = 'global';
function outer() { const gv = 'local'; return Function('return gv')(); }
print(outer()); // expect: global
try { Function('a', '}'); } catch (e) { print(e.constructor.name); } //