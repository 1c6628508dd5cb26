print("\u2460\u00BD\u2075".normalize("NFKC"), escape("\u00BD".normalize("NFKD")));
print("\u3300".normalize("NFKC"), "\uFF21\uFF42".normalize("NFKC"), escape("\u00A0".normalize("NFKC")));
print(escape("\u1E9B\u0323".normalize("NFC")), escape("\u1E9B\u0323".normalize("NFKC")), escape("\uFDFA".normalize("NFKD")).length);
print("\u2167".normalize("NFKD"), "\u33A1".normalize("NFKC"), escape("\u03D3".normalize("NFKC")));
// expect: 11⁄25 1%u20442
// expect: アパート Ab %20
// expect: %u1E9B%u0323 %u1E69 99
// expect: VIII m2 %u038E
