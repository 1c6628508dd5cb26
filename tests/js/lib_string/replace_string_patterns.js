print("abc".replace("b", "[$&]"), "abc".replace("b", "[$`]"), "abc".replace("b", "[$']"));
print("abc".replace("b", "$$"), "abc".replace("b", "$"), "abc".replace("b", "$0"));
print("abcb".replace("b", "x"), "abc".replace("", "_"));
print("abc".replace("b", () => "$&"));
print("a-b".replace("-", function () { return arguments.length; }));
// expect: a[b]c a[a]c a[c]c
// expect: a$c a$c a$0c
// expect: axcb _abc
// expect: a$&c
// expect: a3b
