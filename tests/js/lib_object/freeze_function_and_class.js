// freezing functions and classes makes prototype/name/length immutable
function f() {}
Object.freeze(f);
f.prototype = null;
f.x = 1;
print(typeof f.prototype, f.x, Object.isFrozen(f)); // expect: object undefined true
class C { static s = 1; }
Object.freeze(C);
(function () { 'use strict'; try { C.s = 2; } catch (e) { print(e.constructor.name); } })(); // expect: TypeError
print(C.s, new C() instanceof C); // expect: 1 true
