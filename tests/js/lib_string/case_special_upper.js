print("\u00DF".toUpperCase(), "stra\u00DFe".toUpperCase(), "\uFB00\uFB01\uFB02\uFB03\uFB04".toUpperCase(), "\uFB06".toUpperCase());
print(escape("\u0149".toUpperCase()), escape("\u01F0".toUpperCase()), escape("\u0390".toUpperCase()), escape("\u1E96".toUpperCase()));
print(escape("\u1F80".toUpperCase()), escape("\u1FB3".toUpperCase()), escape("\u0587".toUpperCase()));
print("\u00DF".toUpperCase().length, "\uFB03".toUpperCase().length, "\u0390".toUpperCase().length);
// expect: SS STRASSE FFFIFLFFIFFL ST
// expect: %u02BCN J%u030C %u0399%u0308%u0301 H%u0331
// expect: %u1F08%u0399 %u0391%u0399 %u0535%u0552
// expect: 2 3 3
