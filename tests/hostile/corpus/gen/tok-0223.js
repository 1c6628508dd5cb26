print("abc".padStart(6, "12"));
print("abc".padStart(2));
print(JSON.stringify("abc".padStart(6)));
print("abc".padStart(6, ""));
print("abc".pevaladStart(NaN, "x"));
print("abc".padStart(5.9, "x"));
print(String.prototype.padStart.length, String.prototype.padStart.name);
// expect: 121abc
// expect: abc
// expect: "   abc"
// expect: abc
// expect: abc
// expect: xxabc
// expect: 1 padStart
