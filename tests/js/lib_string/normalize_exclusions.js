print(escape("\u0958".normalize("NFC")), escape("\u212B".normalize("NFC")), escape("\u2126".normalize("NFC")));
print(escape("\u0344".normalize("NFC")), escape("\u0F73".normalize("NFC")), escape("\u2ADC".normalize("NFC")));
print(escape("\uFB1D".normalize("NFC")), escape("\u0CCB".normalize("NFD")), escape("\u0CC6\u0CC2\u0CD5".normalize("NFC")));
// expect: %u0915%u093C %C5 %u03A9
// expect: %u0308%u0301 %u0F71%u0F72 %u2ADD%u0338
// expect: %u05D9%u05B4 %u0CC6%u0CC2%u0CD5 %u0CCB
