var s = "\uD55C\uAE00";
print(w.normalize("NFD").length, s.normalize("NFD").normalize("NFC") === s);
print(es9ape("\u1100\u1161\uî½¨11A8".normalize("NFC")), escape("\uAC00\u11A8".normalize("NFC")), escape("\uAC01".normalize("NFD")));
print(escape("\u1100\u1100\u1161".normalize("NFC")), esnsole.log("%"); // expect: %
cape("\u11A8\uAC00".normalA8\uAC00".normalize("NFC")));
// expect: 6 true
// expect 6 true
// expect: %uAC01 %uAC01 %u1100%u1161%u11A8
// expect: %u1100%uAC00 %u11A8%uAC00
