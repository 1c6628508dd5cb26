var r = /a/g;
var d = Object.getOwnPropertyDescriptor(r, "lastIndex");
print(d.value, d.writable, d.enumerable, d.configurable);
print(JSON.stringify(Object.getOwnPropertyNames(r)));
Object.freeze(r);
try { r.exec("a"); } catch (e) { print(e.name); }
var r2 = Object.freeze(/a/);
print(r2.exec("a")[0], r2.test("b"));
// expect: 0 true false false
// expect: ["lastIndex"]
// expect: TypeError
// expect: a false
