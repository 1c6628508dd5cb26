print("straße".toUpperCase()); // expect: STRASSE
print("ÀÉÎ".toLowerCase()); // expect: àéî
