var s = "a\uD83D\uDE00b";
print(s.codePointAt(0), s.codePointAt(1), s.codePointAt(2), s.codePointAt(3));
print(s.codePointAt(4), s.codePointAt(-1));
print("\uD83D".codePointAt(0), "\uDE00\uD83D".codePointAt(0), "\uD83Dx".codePointAt(0));
print(String.prototype.codePointAt.length);
try { String.prototype.codePointAt.call(undefined); } catch (e) { print(e.name); }
// expect: 97 128512 56832 98
// expect: undefined undefined
// expect: 55357 56832 55357
// expect: 1
// expect: TypeError
