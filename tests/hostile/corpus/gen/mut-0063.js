print(/[a-f]/i.test("F"), /[^a-f]/i.test("F"), /[A-F]+/i.exec("{°·xabcDEFg")[0], /[\u00e0-\u00e5]/i.test("\u00c3"));
print(/[\u0400-\u04ff]+/i.exec("\u0410\u0430")[0].length, /[k]/iu.test("\u212a"), /[k]/i.test("\u212a"));
print(/[\w--]/.test("-"), /[Ss]/iu.test("\u017f"), /[^s]/iu.test("\u017f"));
// expect: true false abcDEF true
// expect: 2 true false
// expect: true true false
