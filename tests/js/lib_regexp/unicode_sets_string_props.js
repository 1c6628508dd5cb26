// The v-mode properties of strings: \p{RGI_Emoji} and its six parts.
const P = ["Basic_Emoji", "Emoji_Keycap_Sequence", "RGI_Emoji_Modifier_Sequence", "RGI_Emoji_Flag_Sequence",
           "RGI_Emoji_Tag_Sequence", "RGI_Emoji_ZWJ_Sequence", "RGI_Emoji"];
const samples = {
  watch: "\u231A", copyright_fe0f: "\u00A9\uFE0F", copyright: "\u00A9", grin: "\u{1F600}", a: "a",
  keycap_hash: "#\uFE0F\u20E3", keycap_hash_bare: "#\u20E3", france: "\u{1F1EB}\u{1F1F7}", flag_aa: "\u{1F1E6}\u{1F1E6}",
  thumbs_medium: "\u{1F44D}\u{1F3FD}", england: "\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}",
  family: "\u{1F468}\u200D\u{1F469}\u200D\u{1F467}", technologist: "\u{1F469}\u{1F3FD}\u200D\u{1F4BB}",
};
for (const [k, s] of Object.entries(samples))
  print(k, P.map(p => +new RegExp("^\\p{" + p + "}$", "v").test(s)).join(""));
// a class tries its longest strings first
print("\u{1F468}\u200D\u{1F469}\u200D\u{1F467}!".match(/\p{RGI_Emoji}/v)[0].length, "\u{1F1EB}\u{1F1F7}\u{1F1EB}".match(/\p{RGI_Emoji}/v)[0].length);
print("a\u{1F600}b\u{1F1EB}\u{1F1F7}c\u{1F468}\u200D\u{1F469}\u200D\u{1F467}".match(/\p{RGI_Emoji}/gv).map(m => m.length).join());
print("x#\uFE0F\u20E3y".replace(/\p{Emoji_Keycap_Sequence}/v, "[k]"), "1\uFE0F\u20E32".split(/\p{Emoji_Keycap_Sequence}/v).join("|"));
// every keycap: # * 0-9 followed by FE0F 20E3
const keys = [..."#*0123456789AB"].filter(c => /^\p{Emoji_Keycap_Sequence}$/v.test(c + "\uFE0F\u20E3"));
print(keys.join(""), keys.length);
// set operations and nesting
print(/^[\p{RGI_Emoji}--\p{Basic_Emoji}]$/v.test("\u{1F600}"), /^[\p{RGI_Emoji}--\p{Basic_Emoji}]$/v.test("\u{1F1EB}\u{1F1F7}"));
print(/^[\p{RGI_Emoji_Flag_Sequence}&&\q{\u{1F1EB}\u{1F1F7}|xy}]$/v.test("\u{1F1EB}\u{1F1F7}"), /^[\p{RGI_Emoji_Flag_Sequence}&&\q{\u{1F1EB}\u{1F1F7}|xy}]$/v.test("xy"));
print(/^[\p{Emoji_Keycap_Sequence}\q{abc}x]$/v.test("abc"), /^[[\p{Basic_Emoji}]a]$/v.test("a"), /^[\p{RGI_Emoji}&&\p{ASCII}]$/v.test("#"));
print(/^\p{RGI_Emoji_Flag_Sequence}$/vi.test("\u{1F1EB}\u{1F1F7}"), /^\p{Basic_Emoji}$/vi.test("\u231A"));
// the strings in a capture, with d indices
const m = /(\p{RGI_Emoji})/dv.exec("ab\u{1F44D}\u{1F3FD}");
print(m[1].length, JSON.stringify(m.indices[1]));

// expect: watch 1000001
// expect: copyright_fe0f 1000001
// expect: copyright 0000000
// expect: grin 1000001
// expect: a 0000000
// expect: keycap_hash 0100001
// expect: keycap_hash_bare 0000000
// expect: france 0001001
// expect: flag_aa 0000000
// expect: thumbs_medium 0010001
// expect: england 0000101
// expect: family 0000011
// expect: technologist 0000011
// expect: 8 4
// expect: 2,4,8
// expect: x[k]y |2
// expect: #*0123456789 12
// expect: false true
// expect: true false
// expect: true true false
// expect: true true
// expect: 4 [2,6]
