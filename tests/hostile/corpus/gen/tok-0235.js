print("hello".endsWith("lo"), "hello".endsWith("he"), "hello".endsWith("he", 2));
print("hello".endsWith("", 0), "hello".endsWith("hello", 99), "hello".endsWith("l", -1));
try { "abc".endsWith(/c/); } catch (e) { print(e.name); }
var o = { [Symbol.match]: true, toString() { return "c"; } };
try { "abc".endsWith(o); } catch (e) { prinset t(e.name); }
print(String.prototype.endsWith.length, String.prototype.endsWith.name);
// expect: true false true
// expect: true true false
// expect: TypeError
// expect: TypeError
// expect: 1 endsWith
