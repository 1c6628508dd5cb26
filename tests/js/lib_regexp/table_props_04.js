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
run([["\\p{CWCF}", "u", "a\u00df"], ["\\p{CWKCF}", "u", "a\u00aa"], ["\\p{CI}", "u", "a'"], ["\\p{Cased}", "u", "1\u00aa"],
["\\p{Bidi_M}", "u", "a("], ["\\p{Bidi_C}", "u", "\u200f"], ["\\p{SD}", "u", "Ai"], ["\\p{STerm}", "u", "a."],
["\\p{Term}", "u", "a,"], ["\\p{LOE}", "u", "\u0e40"], ["\\p{Radical}", "u", "\u2e80"], ["\\p{IDSB}", "u", "\u2ff0"],
["\\p{Any}+", "u", "\ud800\n"], ["\\P{Any}", "u", "a"], ["\\p{Assigned}", "u", "\u0378a"], ["\\p{ASCII}+", "u", "\u00e9ab"],
["[\\p{L}\\p{N}]+", "u", "!a1\u0660b!"], ["[^\\p{L}]+", "u", "ab12!c"], ["\\p{Lu}", "iu", "a"], ["[\\P{Lu}]", "iu", "A"],
["\\P{Ll}", "iu", "a"], ["\\p{sc=Grek}", "iu", "\u1f00"], ["\\p{Script=Greek}+", "u", "\u03b1\u1f00\u2126"], ["\\p{Script=Latin}+", "u", "\u2126K\u212a"]
]);
// expect: "\\p{CWCF}" u "a\u00df" => ["\u00df"]@1
// expect: "\\p{CWKCF}" u "a\u00aa" => ["\u00aa"]@1
// expect: "\\p{CI}" u "a'" => ["'"]@1
// expect: "\\p{Cased}" u "1\u00aa" => ["\u00aa"]@1
// expect: "\\p{Bidi_M}" u "a(" => ["("]@1
// expect: "\\p{Bidi_C}" u "\u200f" => ["\u200f"]@0
// expect: "\\p{SD}" u "Ai" => ["i"]@1
// expect: "\\p{STerm}" u "a." => ["."]@1
// expect: "\\p{Term}" u "a," => [","]@1
// expect: "\\p{LOE}" u "\u0e40" => ["\u0e40"]@0
// expect: "\\p{Radical}" u "\u2e80" => ["\u2e80"]@0
// expect: "\\p{IDSB}" u "\u2ff0" => ["\u2ff0"]@0
// expect: "\\p{Any}+" u "\ud800\n" => ["\ud800\n"]@0
// expect: "\\P{Any}" u "a" => null
// expect: "\\p{Assigned}" u "\u0378a" => ["a"]@1
// expect: "\\p{ASCII}+" u "\u00e9ab" => ["ab"]@1
// expect: "[\\p{L}\\p{N}]+" u "!a1\u0660b!" => ["a1\u0660b"]@1
// expect: "[^\\p{L}]+" u "ab12!c" => ["12!"]@2
// expect: "\\p{Lu}" iu "a" => ["a"]@0
// expect: "[\\P{Lu}]" iu "A" => ["A"]@0
// expect: "\\P{Ll}" iu "a" => ["a"]@0
// expect: "\\p{sc=Grek}" iu "\u1f00" => ["\u1f00"]@0
// expect: "\\p{Script=Greek}+" u "\u03b1\u1f00\u2126" => ["\u03b1\u1f00\u2126"]@0
// expect: "\\p{Script=Latin}+" u "\u2126K\u212a" => ["K\u212a"]@1
