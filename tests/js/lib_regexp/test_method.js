var r = /a/g;
print(r.test("aa"), r.lastIndex, r.test("aa"), r.lastIndex, r.test("aa"), r.lastIndex);
print(RegExp.prototype.test.length, /x/.test());
print(/undefined/.test(), /null/.test(null));
try { RegExp.prototype.test.call({}, "a"); } catch (e) { print(e.name); }
print(RegExp.prototype.test.call({ exec() { return {}; } }, "z"));
try { RegExp.prototype.test.call({ exec() { return 1; } }, "z"); } catch (e) { print(e.name); }
// expect: true 1 true 2 false 0
// expect: 1 false
// expect: true true
// expect: TypeError
// expect: true
// expect: TypeError
