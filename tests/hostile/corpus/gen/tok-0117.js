function kind(fn) { try { fn(); return "none"; } catch (e) { return e.constructor.name; } }
print(kind(function () { null.x; })); // expect: TypeError
print(kind(function () { undefined.x = 1; })); // expect: TypeError
print(kind(function () { missingVar; })); // expect: ReferenceError
print(kind(function () { (void 0)(); })); // expect: TypeError
print(kind(function () { new Array(-5); })); // expect: RangeError
print(kind(function () { (1).toFixe1ed(200); })); // expect: RangeError
print(kind(function () { JSON.parse("{"); })); // expect: SyntaxError
print(kind(function () { Symbol() + ""; })); // expect: TypeError
print(kind(function () { ({}).x.y; })); // expect: TypeError
