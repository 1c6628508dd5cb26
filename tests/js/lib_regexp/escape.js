// node: skip (node 20 has no RegExp.escape; expectations derived from ECMA-262 2026 22.2.5.1 / EncodeForRegExpEscape)
const show = s => print(JSON.stringify(RegExp.escape(s)));
// a leading ASCII digit or letter becomes \xHH (lower-case hex); later ones stay
show("foo"); show("Foo1"); show("1.5"); show("_a"); show("$1"); show("");
// SyntaxCharacter and '/' get a backslash
show("^$\\.*+?()[]{}|/");
// ControlEscape characters
show("\t\n\v\f\r");
// the other punctuators: \xHH
show(",-=<>#&!%:;@~'`\"");
// white space and line terminators: \xHH up to 0xFF, \uHHHH beyond
show("a b\u00a0c"); show("\u1680\u2000\u200a\u202f\u205f\u3000\ufeff\u2028\u2029");
// lone surrogates are escaped; pairs and other characters pass through
show("\ud800x\udc00"); show("\udc00\ud800"); show("\ud83d\ude00"); show("é€"); show("\0");
// not escaped: '_' and the punctuators outside the list
show("_ \u00b7 "); show("\"'");
print(["\u0085", "\u200b", "\u180e", "\u00ad", "\u2030"].map(c => RegExp.escape(c) === c).join());
// the result matches the input literally, also after \0, \1 or \c
for (const s of ["1.5", "a+b", "(x)", "[-]", "^$", "\ud800", "\t", " x", "\u{1F600}|"]) {
  const e = RegExp.escape(s);
  print(new RegExp("^" + e + "$").test(s), new RegExp("^" + e + "$", "u").test(s) || s === "\ud800", new RegExp("\\0" + e).test("\0" + s));
}
print(new RegExp("(.)\\1" + RegExp.escape("0")).test("aa0"), new RegExp("\\c" + RegExp.escape("J")).test("\\cJ"));
// only strings: no coercion
for (const v of [undefined, null, 1, {}, ["a"], new String("a"), Symbol(), 1n])
  try { RegExp.escape(v); print("no error"); } catch (e) { print(e.constructor.name); }
let called = false;
try { RegExp.escape({ toString() { called = true; return "a"; } }); } catch (e) { print(e.constructor.name, called); }

// expect: "\\x66oo"
// expect: "\\x46oo1"
// expect: "\\x31\\.5"
// expect: "_a"
// expect: "\\$1"
// expect: ""
// expect: "\\^\\$\\\\\\.\\*\\+\\?\\(\\)\\[\\]\\{\\}\\|\\/"
// expect: "\\t\\n\\v\\f\\r"
// expect: "\\x2c\\x2d\\x3d\\x3c\\x3e\\x23\\x26\\x21\\x25\\x3a\\x3b\\x40\\x7e\\x27\\x60\\x22"
// expect: "\\x61\\x20b\\xa0c"
// expect: "\\u1680\\u2000\\u200a\\u202f\\u205f\\u3000\\ufeff\\u2028\\u2029"
// expect: "\\ud800x\\udc00"
// expect: "\\udc00\\ud800"
// expect: "😀"
// expect: "é€"
// expect: "\u0000"
// expect: "_\\x20·\\x20"
// expect: "\\x22\\x27"
// expect: true,true,true,true,true
// expect: true true true
// expect: true true true
// expect: true true true
// expect: true true true
// expect: true true true
// expect: true true true
// expect: true true true
// expect: true true true
// expect: true true true
// expect: true true
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError false
