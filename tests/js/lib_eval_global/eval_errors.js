// eval propagates SyntaxError and runtime errors with their types
try { eval('var ;'); } catch (e) { print(e.constructor.name); } // expect: SyntaxError
try { eval('undefinedVariable'); } catch (e) { print(e.constructor.name); } // expect: ReferenceError
try { eval('null.x'); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { eval('return 1'); } catch (e) { print(e.constructor.name); } // expect: SyntaxError
try { eval('break'); } catch (e) { print(e.constructor.name); } // expect: SyntaxError
try { (0, eval)('let a = 1; let a = 2;'); } catch (e) { print(e.constructor.name); } // expect: SyntaxError
print(eval.length, eval.name); // expect: 1 eval
