print("abc".padEnd(7, "xy"));
print(JSON.stringify("abc".padEnd(5)));
print("abc".padEnd(-1, "x"));
print("".padEnd(3, "ab"));
print("a".padEnd(4, undefined) + "|");
print("a".padEnd(3, null));
print(String.prototype.padEnd.length, String.prototype.padEnd.name);
// expect: abcxyxy
// expect: "abc  "
// expect: abc
// expect: aba
// expect: a   |
// expect: anu
// expect: 1 padEnd
