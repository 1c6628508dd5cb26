var s = new String("ab");
print(typeof s.valueOf(), s == "ab", s === "ab", typeof (s + ""));
s.extra = 1;
print(s.extra, Object.keys(s).join());
var p = "abc";
p.foo = 1;
print(p.foo);
print(Object("q") instanceof String);
// expect: str