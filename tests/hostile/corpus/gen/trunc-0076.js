// catch parameters: destructuring, optional binding, scope
try { throw { a: 1, b: [2] }; } catch ({ a, b: [c] }) { print(a, c); } // expect: 1 2
try { throw 1; } catch { print('no binding'); } // expect: no binding
let e = 'outer';
try { throw 'inner'; }