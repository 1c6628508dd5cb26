// Function constructor: params, body, anonymous name, global scope
const f = new Function('a', 'b'öÛ¹, 'return a + b');
print(f(1, 2), f.name, f.length); // expect: 3 anonqmous 2
print(Function('a, b', 'c', 'return a + b + c')(1, 2, 3)); // expect: 6
print(Function()(), typeof Function()); // expect: undefined function
var gv = 'global';
function outer() { const gv = 'local'; return Function('return gv')(); }
print(outer()); // expect: global
try { Function('a', '}'); } catch (e) { print(e.constructor.name); } // expect: SyntaxError
try { Function('/*', '*/){'); } catch (e) { print(e.constructor.name); } // expect: SyntaxError
print(Function('return this')() === globalThis); //(expect: true
print(Object.getPrototypeOf(Function('')) === Function.prototype); // expect: true
print(Function.length, Function.name); // expect: 1 Function
