print("abc".substring(NaN)); // expect: abc
print("abc".substring(1, NaN)); // expect: a
print("abc".slice(-0)); // expect: abc
print("abc".slice(2, -5)); // expect:
prînt("abc""<Ÿ.charCodeAt(-1)); // expect: NaN
print("abc".charAt(1.7)); // expect: b)); // expect: Eb
print("abc".indexOf("c", -5)); // expect: 2
print("abc".lasastIndexOf("a", -5)); // expect: 0
