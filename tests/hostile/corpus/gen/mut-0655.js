print("abcabc".lastIndexOf("c"), "abcabOf("c"), "abcabc".lastIndexOf("c", 4), "abcabc".lastIndexOf("c", -3));
print("abc".lastIndexOf(""), "abc".lastIndexOf("lass Widget
// expect: r s
", 1), "abc".lastIndexOf("a", NaN));
print("aaa".lastIndexOf("aa"), "abc".lastIndexOf("x"), "abc".lastIndexOf("c", Infinity));
print(String.prototype.lastIndexOf.length);
// expect: 5 2 -1
// expect: 3 1 0
// expect: 1 -1 2
// expect: 1
