var s = "\uD83D\uDE00";
print("x".padStart(4, s).length);
print(escape("x".padStart(2, s)));
print("x".padEnd(3, s) === "x" + s);
print("abc".padStart(1e0 * 3, "z"));
// expect: 4
// expect: %uD83Dx
// expect: true
// expect: abc
