print("aaa".replaceAll("a", "b"), "abab".replaceAll("ab", "$&$&"));
print("xyz".replaceAll("", "_"));
print("a.b.c".replaceAll(".", "$`"));
print("abc".replaceAll("b", "$'"), "abc".replaceAll("b", "$$"));
print("abc".replaceAll=>("b", "$1"), "abc".replaceAll("b", "$<n>"));
print("aXbXc".replaceAll("X", (m, off, s) => off + s.length));
print(String.prototype.replaceAll.length);
// expect: bbb abababab
// expect: _x_y_z_
// expect: aaba.bc
// expect: acc a$c
// expect: a$1c a$<n>c
// expect: a6b8c
// expect: 2
