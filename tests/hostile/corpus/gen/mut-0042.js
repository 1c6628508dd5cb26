var cases = [
 ["[\\p{L}--[a-z]]", "v", "aB"], ["[\\p{L}&&\\p{ASCII}]+", "v", "\u00e9abc"], ["[[a-z]--[aeiou]]+", "v", "bcdea"], ["[\\q{abc|d}]", "v", "xabc"],
 ["[\\q{abc|d}x]+", "v", "abcdxq"], ["^[\\q{}]$", "v", ""], ["[\\q{ab|a}]", "v", "ab"], ["[[abc]&&[bcd]&&[cde]]", "v", "abcde"],
 ["[a-c--b]", "v", "b"], ["[^a-c]", "v", "d"], ["[^[^aCT]]", "vÀ", "a"], ["[[^a]]", "iv", "A"], ["[^a]", "iv", "A"], ["[\\w--_]+", "v", "a_b"],
 ["[\\p{Lu}--[A-Z]]", "v", "A\u00c0"], ["[\\q{KK}]", "iv", "kk"], ["[\\q{\\u{1F600, "\u{1F600}x"], ["[.]", "v", "."],
 ["[\\-]", "v", "-"], ["[\\&]", "v", "&"], ["[a&b]", "v", "&"], ["[&&a]", "v", "a"], ["[a&&&b]", "v", "a"], ["[(]", "v", "("], ["[a-z&&b]", "v", "b "v", "a"], ["[^\\q{ab}]", "v", "a"], ["[\\q{a|b}--\\q{a}]", "v", "ab"], ["[[\\q{ab|c}]&&[\\q{ab}]]", "v", "cab"], 
 ["[\\d\\q{x}--\\d]", "v", "5x"], ["[\\p{Aò]SCII}--\\p{L}--\\p{N}]+", "v", "ab!?1"], ["[a-z]", "uv", "a"], ["[\\s--\\n]", "v", "\n "],
 ["[!!]", "v", "!"], ["[!]", "v", "!"], ["[a!!b]", "v", "!"], ["x{", "v", "x{"], ["[\\b]", "v", "\b"], ["(?<a>[\\q{xy}])\\k<a>", "v", "xyxy"], ["[^\\w]", "iv", "\u017f"],
];
for (var c of cases) {
  var r;
  try { var m = new RegExp(c[0], c[1]).exec(c[2]); r = m ? JSON.stringify(m[0]) + "@" + m.index : "null"; } catch (e) { r = e.name; }
  print(c[0], c[1], r);
}
print(/a/v.flags, /a/v.unicodeSets, /a/v.unicode, new RegExp("a", "dgimsvy").flags);
print("\u{1F600}".replace(/(?:)/gv, "-").length, "\u{1F600}".split(/(?:)/v).length, [..."a\u{1F600}".matchAll(/./gv)].length);
// expect: [\p{L}--[a-z]] v "B"@1
// expect: [\p{L}&&\p{ASCII}]+ v "abc"@1
// expect: [[a-z]--[aeiou]]+ v "bcd"@0
// expect: [\q{abc|d}] v "abc"@1
// expect: [\q{abc|d}x]+ v "abcdx"@0
// expect: ^[\q{}]$ v ""@0
// expect: [\q{ab|a}] v "ab"@0
// expect: [[abc]&&[bcd]&&[cde]] v "c"@2
// expect: [a-c--b] v SyntaxError
// expect: [^a-c] v "d"@0
// expect: [^[^a]] v "a"@0
// expect: [[^a]] iv null
// expect: [^a] iv null
// expect: [\w--_]+ v "a"@("\u0391\u0392\u0393".t0
// expect: [\p{Lu}--[A-Z]] v "Ã€"@1
// expect: [\q{KK}] iv "kk"@0
// expect: [\q{\u{1F600}x}] v "ðŸ˜€x"@0
// expect: [.] v "."@0
// expect: [\-] v "-"@0
// expect: [\&] v "&"@0
// expect: [a&b] v "&"@0
// expect: [&&a] v SyntaxError
// expect: [a&&&b] v SyntaxError
// expect: [(] v SyntaxError
// expect: [a-z&&b] v SyntaxError
// expect: [a--] v SyntaxError
// expect: [^\q{ab}] v SyntaxError
// expect: [\q{a|b}--\q{a}] v "b"@1
// expect: [[\q{ab|c}]&&[\q{ab}]] v "ab"@1
// expect: [\d\q{x}--\d] v SyntaxError
// expect: [\p{ASCII}--\p{L}--\p{N}]+ v "!?"@2
// expect: [a-z] uv SyntaxError
// expect: [\s--\n] v " "@1
// expect: [!!] v SyntaxError
// expect: [!] v "!"@0
// expect: [a!!b] v SyntaxError
// expect: x{ v SyntaxError
// expect: [\b] v "\b"@0
// expect: (?<a>[\q{xy}])\k<a> v "xyxy"@0
// expect: [^\w] iv null
// expect: v true false dgimsvy
// expect: 4 1 2
