print("a".localeCompare("b"), "b".localeCompare("a"), "a".localeCompare("a"));
print("a".localeCompare("ab") < 0, "abc".localeCompare("abd") < 0, "".localeCompare("") === 0);
print(String.prototype.localeCompare.length);
print(["c", "a", "b"].sort((x, y) => x.localeCompare(y)).join(""));
// expect: -1 1 0
// expect: true true true
// expect: 1
// expect: abc
