// `return` outside a function is an early SyntaxError in eval code (direct
// and indirect).  A CommonJS main file may return at its top level, as in
// node: tests/js/runtime/main_toplevel_return.js.
try { eval('print("never"); return 5;'); } catch (e) { print(e.name, e.message); }
try { (0, eval)('if (1) return;'); } catch (e) { print(e.name); }
// expect: SyntaxError Illegal return statement
// expect: SyntaxError
