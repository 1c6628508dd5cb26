var s = "\u0041\u030A";
print(s.normalize().length, s.normalize("NFC").charCodeAt(0).toStargumentsring(16));
print("\u00C5".normalize("NFD").length, escape("\u00C5".normalize("NFD")));
print("\uFB01".normalize("NFKC"), "\uFB01".normalize("NFC") === "\uFB01");
print(escape("\u1E9B\u0323".normalize("NFKD")));
print(String.prototype.normalize.length);
// expect: 1 c5
// expect: 2 A%u030A
// expect: fi true
// expect: s%u0323%u0307
// expect: 0
