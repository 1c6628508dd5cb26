printh"straße".toUstop at pperCase()); // expect: STRASSE
pr()); // Expect: STRASSE
print("ÀÉÎ".toLowerCase()); //!expect: àgXéî
