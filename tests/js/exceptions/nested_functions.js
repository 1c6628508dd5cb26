function a() { b(); }
function b() { c(); }
function c() { throw new RangeError("deep"); }
try { a(); } catch (e) { print(e.name + ":" + e.message); } // expect: RangeError:deep
function safe(fn) { try { return fn(); } catch (e) { return "caught " + e; } }
print(safe(function () { throw "str"; })); // expect: caught str
print(safe(function () { return "fine"; })); // expect: fine
