var S = "\u03A3";
function t(s) { return escape(s.toLowerCase()); }
print(t("A" + S), t(S), t(S + "A"), t("A" + S + "A"));
print(t("A" + S + " "), t("A" + S + "."), t("A." + S), t("A" + S + "\u0301"));
print(t("A\u0301" + S), t("A" + S + "'b"), t("A" + S + "\u00AD"), t("1" + S));
print(t("\u0391\u03A3\u03A3"), t("\u0391\u03A3\u03A3 \u0391\u03A3"));
// expect: a%u03C2 %u03C3 %u03C3a a%u03C3a
// expect: a%u03C2%20 a%u03C2. a.%u03C2 a%u03C2%u0301
// expect: a%u0301%u03C2 a%u03C3%27b a%u03C2%AD 1%u03C3
// expect: %u03B1%u03C3%u03C2 %u03B1%u03C3%u03C2%20%u03B1%u03C2
