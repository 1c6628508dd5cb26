print("abcabc".indexOf("c"), "abcabc".indexOf("c", 3), "abcabc".indexOf("c", 10));
print("abc".indexOf(""), "abc".indexOf("", 2), "abc".indexOf("", 99));
print("abc".indexOf("a", -5), "undefined".indexOf(), "abc".indexOf("bc", 1.5));
print(String.p