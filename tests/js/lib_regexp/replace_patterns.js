print("abc".replace(/(b)/, "[$1$1]"), "abc".replace(/b/, "[$&]"), "abc".replace(/b/, "[$`]"), "abc".replace(/b/, "[$']"));
print("abc".replace(/b/, "$$"), "abc".replace(/(b)/, "$01"), "abc".replace(/(b)/, "$10"), "abc".replace(/(b)/, "$2"));
print("abc".replace(/(?<x>b)/, "[$<x>]"), "abc".replace(/(b)/, "[$<x>]"), "abc".replace(/(?<x>b)/, "[$<y>]"), "abc".replace(/(?<x>b)/, "[$<x]"));
print("abcdefghijk".replace(/(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)/, "$11-$10-$1$00"));
print("abc".replace(/b/, "$0"), "abc".replace(/(b)?x|c/, "[$1]"));
// expect: a[bb]c a[b]c a[a]c a[c]c
// expect: a$c abc ab0c a$2c
// expect: a[b]c a[$<x>]c a[]c a[$<x]c
// expect: k-j-a$00
// expect: a$0c ab[]
