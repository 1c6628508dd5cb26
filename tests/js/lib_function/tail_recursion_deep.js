// bounded recursion through call/apply works; runaway recursion is a RangeError
function sum(n) { return n === 0 ? 0 : n + sum.call(null, n - 1); }
print(sum(100)); // expect: 5050
function viaApply(n) { return n === 0 ? 'done' : viaApply.apply(null, [n - 1]); }
print(viaApply(100)); // expect: done
function inf() { return inf(); }
try { inf(); } catch (e) { print(e.constructor.name); } // expect: RangeError
