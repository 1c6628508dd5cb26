function q(s) {
  var j = JSON.stringify(s), o = "";
  for (var i = 0; i < j.length; i++) {
    var c = j.charCodeAt(i);
    o += (c < 0x20 || c > 0x7e) ? "\\u" + (c + 0x10000).toString(16).slice(1) : j[i];
  }
  return o;
}
function show(m) {
  if (m === null) return "null";
  var parts = [];
  for (var i = 0; i < m.length; i++) parts.push(m[i] === undefined ? "<u>" : q(m[i]));
  var s = "[" + parts.join(",") + "]@" + m.index;
  if (m.groups !== undefined) s += " g=" + q(m.groups);
  if (m.indices !== undefined) s += " d=" + JSON.stringify(m.indices);
  return s;
}
function run(table) {
  for (var row of table) {
    var p = row[0], f = row[1], s = row[2], r;
    try {
      var re = new RegExp(p, f);
      if (row.length > 3) re.lastIndex = row[3];
      r = show(re.exec(s));
      if (re.global || re.sticky) r += " li=" + re.lastIndex;
    } catch (e) { r = e.name; }
    print(q(p) + " " + f + " " + q(s) + " => " + r);
  }
}
run([["\\p{Script=Hiragana}+", "u", "ab\u3072\u3089\u304c\u306ax"], ["\\p{sc=Hira}", "u", "\u30ab"], ["\\p{scx=Hira}", "u", "\u30fc"], ["\\p{sc=Hira}", "u", "\u30fc"],
["\\p{Script=Arabic}+", "u", "x\u0627\u0644y"], ["\\p{sc=Zyyy}+", "u", "ab 1,2!"], ["\\p{Script=Inherited}", "u", "a\u0301"], ["\\p{sc=Qaai}", "u", "a\u0300"],
["\\p{Script=Han}+", "u", "x\u4e2d\u6587y"], ["\\p{sc=Hang}+", "u", "\ud55c\uae00"], ["\\p{Script=Devanagari}+", "u", "\u0928\u092e\u0938\u094d\u0924\u0947"], ["\\p{scx=Deva}", "u", "\u0964"],
["\\p{sc=Deva}", "u", "\u0964"], ["\\p{Script=Thai}+", "u", "\u0e2a\u0e27\u0e31"], ["\\p{sc=Hebr}+", "u", "\u05e9\u05dc\u05d5\u05dd"], ["\\p{Script=Gothic}", "u", "\ud800\udf30"],
["\\p{Lu}", "u", "\u0101\u0100"], ["\\p{Ll}+", "u", "\u0100\u0101\u0103"], ["\\p{Lt}", "u", "\u01c4\u01c5"], ["\\p{Lm}", "u", "a\u02b0"],
["\\p{Lo}", "u", "a\u05d0"], ["\\p{LC}+", "u", "1aB\u01c5\u05d0"], ["\\p{Cased_Letter}", "u", "\u05d0\u0101"], ["\\p{M}", "u", "a\u0301"],
["\\p{Combining_Mark}", "u", "a\u0903"], ["\\p{Mn}", "u", "\u0903\u0300"], ["\\p{Nl}", "u", "x\u2160"], ["\\p{No}", "u", "x\u00bd"]
]);
// expect: "\\p{Script=Hiragana}+" u "ab\u3072\u3089\u304c\u306ax" => ["\u3072\u3089\u304c\u306a"]@2
// expect: "\\p{sc=Hira}" u "\u30ab" => null
// expect: "\\p{scx=Hira}" u "\u30fc" => ["\u30fc"]@0
// expect: "\\p{sc=Hira}" u "\u30fc