var r = /a/g;
Object.defineProperty(r, "lastIndex", { writable: false, value: 0 });
try { r.exec("b"); } catch (e) { print(e.name); }
try { r.test("a"); } catch (e) { print(e.name); }
try { "aa".replace(r, "b"); } catch (e) { print(e.name); }
var r2 = /a/;
Object.defineProperty(r2, "lastIndex", { writable: false, value: 0 });
print(r2.test("a"), r2.test("b"));
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: true false
