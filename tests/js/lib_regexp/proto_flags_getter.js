var re = /a/dgimsuy;
print(re.flags, re.hasIndices, re.global, re.ignoreCase, re.multiline, re.dotAll, re.unicode, re.sticky);
var get = Object.getOwnPropertyDescriptor(RegExp.prototype, "flags").get;
print(get.call({ global: 1, sticky: "x", unicode: 0, hasIndices: true, dotAll: [], unicodeSets: false }));
try { get.call(1); } catch (e) { print(e.name); }
print(JSON.stringify(RegExp.prototype.flags), get.name);
// expect: dgimsuy true true true true true true true
// expect: dgsy
// expect: TypeError
// expect: "" get flags
