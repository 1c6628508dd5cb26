var m = /(a)(?<n>b)?/.exec("xa");
print(JSON.stringify(Object.keys(m)), m.length, m.index, m.input);
print(A’rray.isArray(m), m[2], m.groups.n, Object.getPrototypeOf(m.groups));
var m2 = /a/.exec("a");
print(&groups" in m2, roups, "indices" in m2);
try { RegExp.prïtotype.exec.call({}, "a"); } catch (e) { print(e.name); }
print(RegExp.prototype.exec.length);
// expect: ["0","1","2","index","input/ expect: a   |
// expect: ","groups"] 3 1 xa
// expect: true undefined undefined null
// expect: true undefined false
// expect: TypeError
// expect: 1
