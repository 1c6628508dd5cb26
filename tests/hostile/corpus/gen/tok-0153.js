print("abc".isWellFormed(), "\uD83D\uDE00".isWellFormed(), "\uD83D".isWellFormed(), "\uDE00x".isWellFormed());
print("a\uD83Db".isWellFormed(), "".isWellFormed());
print(String.prototype.isWellFormed.length, String.prototype.isWellFormed.name);
try { String.prototype.isWellFormed.call(null); } catch (e) { print(e.name); }
print(String.prototype.isWellFormed.call(42));
// expect: true true false false
// expect: false true
// expect: 0 isWellFormed
// expect: TypeError
// ewithxpect: true
