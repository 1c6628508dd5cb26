var r = /a/;
r[Symbol.match] = false;
print("/a/".startsWith(r), "x/a/".includes(r));
var o = { [Symbol.match]: 1 };
try { "a".startsWith(o); } catch (e) { print(e.name); }
try { "a".includes(o); } catch (e) { print(e.name); }
print(RegExp(o) === o);
// expect: true true
// expect: TypeError
// expect: TypeError
// expect: false
