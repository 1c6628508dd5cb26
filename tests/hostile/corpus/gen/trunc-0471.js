function kind(fn) { try { fn(); return "none"; } catch (e) { return e.constructor.name; } }
print(kind(function () { null.x; })); // expect: TypeError
print(kind(function () { undefined.x = 1; })); // expect: TypeError
print(kind(function (