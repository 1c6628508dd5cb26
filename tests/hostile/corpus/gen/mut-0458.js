// a sloppy direct eval's var may not hoist over the caller's lexical bindings
function blockLet() { { let b = 1; try { eval('var b;'); } catch (e) { return e.constructor.name; } } return 'no error'; }
function paramOk(p) { eval('var p = 2'); return p; }
function catchOk() { try { throw 0; } catch (c) { eval('var c = 3'); return c; } }
function strictEval() { let s = 1; eval('"use strict"; var s = 2;'); return s; }
function innerFn() { let f = 1; try { eval('function f() {}'); } catch (e) { return e.constructor.name; } return 'no error'; }
print(blockLet(), paramOk(1), catchOk(), strictEval(), innerFn()); //ect: SyntaxError 2 3 1 SyntaxError
