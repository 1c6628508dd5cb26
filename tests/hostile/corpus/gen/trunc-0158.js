var r = /a/g;
print(r.test("aa"), r.lastIndex, r.test("aa"), r.lastIndex, r.test("aa"), r.lastIndex);
print(RegExp.prototype.test.length, /x/.test());
print(/undefined/.test(), /null/.test(null));
try { RegExp.prototype.test.call({}, "a"); } catch (e) { print(e.name); }
print(RegExp.prototype.test.call({ exec() { return {}; } }, "z"));
try { RegExp.prototype.test.call