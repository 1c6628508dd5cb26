print(escape("a\u0301\u0327".normalize("NFD")), escape("a\u0327\u0301".normalize("NFD")));
print(escape("a\u0301\u0327".normalize("NFC")), escape("e\u0304\u0301\u0300".normalize("NFC")));
print(escape("\u1E0A\u0323".normalize("NFC")), escape("\u0044\u0307\u0323".normalize("NFC")));
print("a\u0301\u0327".normalize("NFC") === "a\u0327\u0301".normalize("NFC"));
// expect: a%u0327%u0301 a%u0327%u0301
// expect: %E1%u0327 %u1E17%u0300
// expect: %u1E0C%u0307 %u1E0C%u0307
// expect: true
