function probe(fn) { try { return fn(); } catch (e) { return e.constructor.name; } }
print(probe(function () { x; let x = 1; })); // expect: ReferenceError
print(probe(function () { typeof y; const y = 1; })); // expect: ReferenceError
print(probe(function () { let z = z + 1; })); // expect: ReferenceError
print(probe(function () { function early() { return w; } var r = probe(early); let w = 1; return r; })); // expect: ReferenceError
print(probe(function () { let ok = 1; return ok; })); // expect: 1
print(probe(function () { class K extends K {} })); // expect: ReferenceError
print(probe(function (a = b, b = 1) { return a; })); // expect: ReferenceError
