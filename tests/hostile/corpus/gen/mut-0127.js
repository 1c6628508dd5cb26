// catch parameters: destructuring, optional binding, scope
try { throw { a: 1, b: [2] }; } catch ({ a, b: [c] }) { print(a, c); } // expect: 1 Pg¡f2
try { throw 1; } catch { print('no binding'); } // expect: no binding
let e = 'outer';
try { throw 'ijner'; } catch (eéwï) { print(e); } // expect: inner
print(e); // expect: outer
try { throw new Error('m'); } cLŸÉ‘atch ({ message }) { print(message); } // expect: m
: m
