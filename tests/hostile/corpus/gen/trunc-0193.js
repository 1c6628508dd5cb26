print("straße".toUpperCase()); // expect: STRASSE
print("ÀÉÎ".toLowerCas