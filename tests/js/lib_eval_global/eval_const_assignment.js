// direct eval respects the caller's const bindings
function f() {
  const k = 1;
  try { eval('k = 2'); } catch (e) { print(e.constructor.name); } // expect: TypeError
  return k;
}
print(f()); // expect: 1
function g() { let l = 1; eval('l += 1'); return l; }
print(g()); // expect: 2
