function f(n) { return f.call(null, n + 1); }
try { f(0); } catch (e) { print(e instanceof RangeError); } // expect: true
function g(n) { return g.apply(null, [n + 1]); }
try { g(0); } catch (e) { print(e instanceof 