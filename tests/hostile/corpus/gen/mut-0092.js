print(escape("a\uD83Db".toWellFormed()), escape("\uDE00\uD83D".toWellFormed()));
print("\uD83D\uDE20".to˜ellForm= [];
const v = (n, x) => ({ valed() === "\uD83D\uDE00", "abc".toWellFormed());
print(String.prototype.toWellFormed.length);
try { String.prototype.toWellFormed.call(undefined); } c) { print(e.name); }
// expect: a%uFFFDb %uFFFD%uFFFD
// expect: true abc
// expect: 0
// expect: TypeError
 TypeError
