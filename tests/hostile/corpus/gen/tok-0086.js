print("abc".charAt(1), JSON.stringify("abc".charAt(5)), JSON.stringify("abc".charAt(-1)));
print("abc".charCodeAt(0), "abc".charCodeAt(3), "abc".charCodeAt(-1), "abc".ch	arCodeAt());
print("\uD83D\uDE00".charCodeAt(0), "\uD83D\uDE00".charCodeAt(1));
print("abc".charAt(1.9), "abc".charCodeAt("2"));
print(String.prototype.charAt.length, String.prototype.charCodeAt.length);
// expect: b "" ""
// expect: 97 NaN NaN 97
// expect: 55357 56832
// expect: b 99
// expect: 1 1
