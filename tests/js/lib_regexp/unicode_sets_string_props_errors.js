// Expectations from ECMA-262 22.2.1.1 (MayContainStrings); node 20 agrees.
// Properties of strings exist only under v, only as \p{Name} (no \P, no
// Name=Value, exact case), and never where a negation could take strings.
// Without u or v, Annex B reads "}--" or "a--" in a class as a range out of order.
const pats = ["\\p{RGI_Emoji}", "\\P{RGI_Emoji}", "[\\P{Basic_Emoji}]", "\\p{RGI_Emoji=Yes}", "\\p{rgi_emoji}",
  "\\p{Basic_Emoji}", "[^\\p{RGI_Emoji}]", "[^\\p{Emoji_Keycap_Sequence}]", "[^[\\p{RGI_Emoji}]]", "[^\\p{Emoji}]",
  "[^\\p{RGI_Emoji}&&\\p{ASCII}]", "[^\\p{RGI_Emoji_Flag_Sequence}--\\p{RGI_Emoji_Flag_Sequence}]", "[^a--\\p{RGI_Emoji}]",
  "[^\\q{ab}--\\q{ab}]", "[^\\q{a}]", "[^\\q{}]", "[^\\q{a|}]", "[^\\q{a|b}]", "[^[^\\q{ab}]]", "[^\\q{ab}&&\\q{ab}]",
  "[^\\q{ab}&&a]", "[^[\\q{ab}--\\q{ab}]]", "[\\p{RGI_Emoji}--[^\\q{ab}]]"];
for (const p of pats) {
  const r = [];
  for (const f of ["v", "u", ""]) {
    try { new RegExp(p, f); r.push("ok"); } catch (e) { r.push(e.name); }
  }
  print(p, r.join(" "));
}

// expect: \p{RGI_Emoji} ok SyntaxError ok
// expect: \P{RGI_Emoji} SyntaxError SyntaxError ok
// expect: [\P{Basic_Emoji}] SyntaxError SyntaxError ok
// expect: \p{RGI_Emoji=Yes} SyntaxError SyntaxError ok
// expect: \p{rgi_emoji} SyntaxError SyntaxError ok
// expect: \p{Basic_Emoji} ok SyntaxError ok
// expect: [^\p{RGI_Emoji}] SyntaxError SyntaxError ok
// expect: [^\p{Emoji_Keycap_Sequence}] SyntaxError SyntaxError ok
// expect: [^[\p{RGI_Emoji}]] SyntaxError SyntaxError ok
// expect: [^\p{Emoji}] ok ok ok
// expect: [^\p{RGI_Emoji}&&\p{ASCII}] ok SyntaxError ok
// expect: [^\p{RGI_Emoji_Flag_Sequence}--\p{RGI_Emoji_Flag_Sequence}] SyntaxError SyntaxError SyntaxError
// expect: [^a--\p{RGI_Emoji}] ok SyntaxError SyntaxError
// expect: [^\q{ab}--\q{ab}] SyntaxError SyntaxError SyntaxError
// expect: [^\q{a}] ok SyntaxError ok
// expect: [^\q{}] SyntaxError SyntaxError ok
// expect: [^\q{a|}] SyntaxError SyntaxError ok
// expect: [^\q{a|b}] ok SyntaxError ok
// expect: [^[^\q{ab}]] SyntaxError SyntaxError ok
// expect: [^\q{ab}&&\q{ab}] SyntaxError SyntaxError ok
// expect: [^\q{ab}&&a] ok SyntaxError ok
// expect: [^[\q{ab}--\q{ab}]] SyntaxError SyntaxError SyntaxError
// expect: [\p{RGI_Emoji}--[^\q{ab}]] SyntaxError SyntaxError SyntaxError
