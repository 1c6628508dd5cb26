// eval var declarations conflicting with lexical bindings throw SyntaxError
function f() { let x = 1; try { eval('var x = 2'); } catch (e) { return e.constructor.name; } return 'no error'; }
print(f()); // expect: SyntaxError
function g() { { let y = 1; } eval('var y = 2'); return y; }
print(g()); // expect: 2
let topLet = 1;
try { (0, eval)('var topLet = 2'); } catch (e) { print(e.constructor.name); } // expect: SyntaxError
