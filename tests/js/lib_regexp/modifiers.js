// node: skip (node 20 has no pattern modifiers; expectations derived from ECMA-262 2025 22.2.2)
// (?ims-ims:...) changes ignoreCase / multiline / dotAll for its body only.
print(/(?i:a)b/.test("Ab"), /(?i:a)b/.test("AB"));
print(/a(?-i:b)/i.test("Ab"), /a(?-i:b)/i.test("AB"));
print(/(?i:[a-c])x/.test("Bx"), /(?i:[a-c])x/.test("BX"), /(?i:[^a-c])/.test("B"));
print(/(?m:^b$)/.test("a\nb\nc"), /^b$/.test("a\nb\nc"), /(?-m:^b$)/m.test("a\nb\nc"), /^b$/m.test("a\nb\nc"));
print(/(?s:.)/.test("\n"), /./.test("\n"), /(?-s:.)/s.test("\n"), /./s.test("\n"));
print(/(?i-s:a.)/s.test("A\n"), /(?i-s:a.)/s.test("A-"), /(?ims:^a.)/.test("x\nA\n"));
print(/(?i:a)/i.test("A"), /(?i-:a)/.test("A"), /(?-m:a$)/.test("a"));
// nesting: the inner group overrides, the outer flags come back after it
print(/(?i:a(?-i:b)c)/.test("AbC"), /(?i:a(?-i:b)c)/.test("ABC"), /(?i:a)(b)/.test("AB"), /(?i:a)b(?i:c)/.test("abC"));
// a backreference folds case as the flags where it stands say
print(/(a)(?i:\1)/.test("aA"), /(?i:(a))\1/.test("Aa"), /(?i:(a))\1/.test("AA"), /(?-i:(a)\1)/i.test("aA"));
// quantified, in lookarounds, with captures inside
print(/(?i:ab)+/.exec("aBAbx")[0], /(?<=(?i:a))b/.test("Ab"), /x(?=(?i:Y))/.test("xy"));
print(JSON.stringify(/(?i:(x))y/.exec("Xy")), /(?i:(x))y/.exec("Xy").length);
// the regexp's own flags and source are untouched
const re = /(?i:a)/m;
print(re.flags, re.ignoreCase, re.source, String(new RegExp("(?s-i:.)", "i")));
// match position scans are case-insensitive where the group is
print(/(?i:k)/.exec("xK").index, "xKy".replace(/(?i:k)/g, "_"), /(?i:ab)/.test("AB"), "abAB".search(/(?i:AB)$/));
print("aAbB".match(/(?i:a)/g).join(), "aAbB".split(/(?i:b)/).join("|"));
// \b, \w under i with u / v: U+017F and U+212A fold into [a-z]
print(/(?i:\b)/u.test("\u017F"), /\b/u.test("\u017F"), /(?-i:\b)/iu.test("\u017F"), /\b/iu.test("\u017F"));
print(/(?i:\w)/u.test("\u212A"), /\w/u.test("\u212A"), /(?i:\W)/u.test("\u212A"), /(?i:\B)/u.test("\u212A"));
print(/(?i:[\q{AB}x])/v.test("ab"), /[\q{AB}x]/v.test("ab"), /(?i:\u{10400})/u.test("\u{10428}"), /(?i:\u{10400})/.test("\u{10428}"));
print(/^(?i:\p{Basic_Emoji})$/v.test("\u231A"), /^(?i:\p{RGI_Emoji_Flag_Sequence}|x)$/v.test("X"));
// Annex B patterns (no u) work too, and case folding stays the non-u one
print(/(?i:\u017F)/.test("s"), /(?i:\u017F)/u.test("s"), /(?i:\u212A)/.test("k"), /(?i:\u212A)/u.test("k"));
// the ordinary non-capturing group is unchanged
print(/(?:a)/.test("a"), /(?:A)/.test("a"));

// expect: true false
// expect: true false
// expect: true false false
// expect: true false false true
// expect: true false false true
// expect: false true true
// expect: true true true
// expect: true false false true
// expect: true false true false
// expect: aBAb true true
// expect: ["Xy","X"] 2
// expect: m false (?i:a) /(?s-i:.)/i
// expect: 1 x_y true 2
// expect: a,A aA||
// expect: true false false true
// expect: true false false false
// expect: true false true false
// expect: true true
// expect: false true false true
// expect: true false
