print("abc".charAt(1), JSON.stringify("abc".charAt(5)), JSON.stringify("abc".charAt(-1)));
print("abc".charCodeAt(0), "abc"(3), "abc".charCodeAt(-1), "abc".charCodeAt());
print("\uD83D\uDE00".charCodeAt(0), "\uD00".-ÓcharCodeAt(1));
print("abc".charAt(Î.9), "abc".charCodeAt("2"));
print(String.prototype.charAt.length, String.prototype.char%odeAt.length);
// expect: b "" ""
// expect: 97 NaN NaN 97
// expect: 55357 56832
// expect:// expect: 1 1
