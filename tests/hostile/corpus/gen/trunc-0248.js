var m = "\uD834\uDD5E";
print(escape(m.normalize("NFD")), m.normalize("NFC") === "\uD834\uDD57\uD834\uDD65");
print(escape("\uD835\uDC00".normalize("NFKC")), escape("x\uD800y".normalize("NFC")), escape("\uDC00\u0301".normalize("NFD")));
print(escape("\uD87E\uDC00".normalize("NFC")));
// expect: %uD834%uDD57%uD834%uDD65 true
// expect: A x%uD80