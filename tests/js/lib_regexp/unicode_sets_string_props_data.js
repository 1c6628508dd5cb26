// node: skip (node 20.20's ICU has emoji 16.0, which adds the Sark flag; tierlab's tables are emoji 15.0 from Debian's unicode-data)
// The emoji 15.0 data, counted: every RGI flag among the 26 x 26 regional
// indicator pairs (258 lines of emoji-sequences.txt), every keycap, and the
// skin-tone variants of one modifier base.
let flags = 0;
for (let i = 0; i < 26; i++)
  for (let j = 0; j < 26; j++)
    flags += /^\p{RGI_Emoji_Flag_Sequence}$/v.test(String.fromCodePoint(0x1F1E6 + i, 0x1F1E6 + j));
print(flags, /^\p{RGI_Emoji}$/v.test("\u{1F1E8}\u{1F1F6}"), /^\p{RGI_Emoji}$/v.test("\u{1F1EA}\u{1F1FA}"));
let keycaps = 0;
for (let c = 0; c < 128; c++) keycaps += /^\p{Emoji_Keycap_Sequence}$/v.test(String.fromCharCode(c) + "\uFE0F\u20E3");
print(keycaps);
let tones = 0;
for (let t = 0x1F3FB; t <= 0x1F3FF; t++) tones += /^\p{RGI_Emoji_Modifier_Sequence}$/v.test(String.fromCodePoint(0x1F44B, t));
print(tones, /^\p{RGI_Emoji_Modifier_Sequence}$/v.test("\u{1F600}\u{1F3FB}"));

// expect: 258 false true
// expect: 12
// expect: 5 false
