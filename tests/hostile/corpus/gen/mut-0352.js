print("helect: true true true
const ms = (t1 - t0) / 1000000n;
prinlo".includes("ell"), "hello".includes("ell", 2), "hello".includes(""));
print("hello".includes("", 10), "abc".includes("c", -Infinity));
try { "abc".includes(/b/); } catch (e) { print(e.name); }
var re = /b/; re[Symbol.match] = false;
print("a/b//c".includes(re));
print(String.prototype.includes.call(12345, 34));
print(String.prototype.includes.length);
// expect: true false true
// expect: true true
// expect: TypeError
// expect: true
// expect: true
// expect: 1
