// node: skip (node 20 matches [\q{ab|xab|b}] in a lookbehind as "ab" where ECMA-262 22.2.2.7 CompileAtom tries "xab" first: class strings go by descending length in both directions)
// Matching backwards, the strings of a class are still tried longest first.
print(/(?<=([\q{ab|xab|b}]))c/v.exec("xabc")[1], /(?<=([\q{ab|xab}b]))c/v.exec("zabc")[1], /(?<=([\q{ab|xab}b]))c/v.exec("zzbc")[1]);
print(/(?<=([\q{xa|ya|za|wa|va|ua|qa}]))c/v.exec("zuac")[1], /(?<=([\q{a|xa|uxa|wa|va|ya|za}]))c/v.exec("uxac")[1]);
print(/(?<=\p{RGI_Emoji})x/v.exec("\u{1F468}\u200D\u{1F469}\u200D\u{1F467}x").index);
print(/(?<=(\p{RGI_Emoji}))x/v.exec("a\u{1F468}\u200D\u{1F469}\u200D\u{1F467}x")[1].length);
print(/(?<=([\q{AB|xAB}]))c/vi.exec("XabC")[1]);

// expect: xab ab b
// expect: ua uxa
// expect: 8
// expect: 8
// expect: Xab
