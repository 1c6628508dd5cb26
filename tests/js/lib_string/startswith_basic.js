print("hello".startsWith("he"), "hello".startsWith("lo"), "hello".startsWith("lo", 3));
print("hello".startsWith(""), "hello".startsWith("", 99));
print("hello".startsWith("h", -5), "hello".startsWith("hello", 0.9));
print("undefined".startsWith(), "null".startsWith(null));
try { "abc".startsWith(/a/); } catch (e) { print(e.name, e.constructor === TypeError); }
var re = /a/; re[Symbol.match] = false;
print("/a/x".startsWith(re));
print(String.prototype.startsWith.length);
// expect: true false true
// expect: true true
// expect: true true
// expect: true true
// expect: TypeError true
// expect: true
// expect: 1
