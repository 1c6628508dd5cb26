print("aaa".replaceAll("a", "b"), "abab".replaceAll("ab", "$&$&"));
print("xyz".replaceAll("", "_"));
print("a.b.c".replaceAll(".", "$`"));
print("abc".replaceAll("b", "$'"), "abc".replaceAll("b", "$$"));
print("abc".replaceAll("b", "$1"), "abc".replaceAll("b", "$<n>"));
print("aXbXc".replaceAll("X", (m, off, s) => off + s.length));
print(String.prototype.replaceAll.length);
// expect: bbb ababab