print("abc".replace(/b/, "$"), "abc".replace(/b/, "$$$"), "abc".replace(/b/, "$&$&$&"), "abc".replace(/b/, "a$b"));
print("abc".replace(/(b)/, "$11"), "abc".replace(/(b)/, "$001"), "abc".replace(/(?<n>b)/, "$<n>$<n>"), "abc".replace(/b/, "$<"));
print("abc".replace("b", "$<n>"), "aaa".replace(/a/g, "$'"), "aaa".replace(/a/g, "$`"));
// expect: a$c a$$c abbbc aa$bc
// expect: ab1c a$001c abbc a$<c
// expect: a$<n>c aaa aaa
