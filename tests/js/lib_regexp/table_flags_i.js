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
run([
["abc", "i", "xABC"], ["[a-z]+", "i", "ABC"], ["[^a-z]+", "i", "ABC12"], ["\\u212A", "i", "k"],
["\\u212A", "iu", "k"], ["\\u017F", "i", "s"], ["\\u017F", "iu", "s"], ["[\\u00e5]", "i", "\u00c5"],
["ß", "i", "SS"], ["σ", "i", "Σς"], ["\\w", "iu", "\u017f"], ["[\\W]", "iu", "\u017f"],
["\\bK\\b", "iu", "\u212a"], ["[A-Z]", "i", "_"], ["[Z-a]", "i", "\u0060"], ["\\u0130", "i", "i"],
["(a)\\1", "iu", "aA"], ["ǅ", "i", "ǆ"], ["[\\u{10400}]", "iu", "\ud801\udc28"], ["Ꙁ", "i", "ᲈ"]
]);
// expect: "abc" i "xABC" => ["ABC"]@1
// expect: "[a-z]+" i "ABC" => ["ABC"]@0
// expect: "[^a-z]+" i "ABC12" => ["12"]@3
// expect: "\\u212A" i "k" => null
// expect: "\\u212A" iu "k" => ["k"]@0
// expect: "\\u017F" i "s" => null
// expect: "\\u017F" iu "s" => ["s"]@0
// expect: "[\\u00e5]" i "\u00c5" => ["\u00c5"]@0
// expect: "\u00df" i "SS" => null
// expect: "\u03c3" i "\u03a3\u03c2" => ["\u03a3"]@0
// expect: "\\w" iu "\u017f" => ["\u017f"]@0
// expect: "[\\W]" iu "\u017f" => null
// expect: "\\bK\\b" iu "\u212a" => ["\u212a"]@0
// expect: "[A-Z]" i "_" => null
// expect: "[Z-a]" i "`" => ["`"]@0
// expect: "\\u0130" i "i" => null
// expect: "(a)\\1" iu "aA" => ["aA","a"]@0
// expect: "\u01c5" i "\u01c6" => ["\u01c6"]@0
// expect: "[\\u{10400}]" iu "\ud801\udc28" => ["\ud801\udc28"]@0
// expect: "\ua640" i "\u1c88" => null
