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
["[\\w]+", "u", "\u017fK\u212a"], ["[\\s\\S]+", "", "a\nb"], ["[\\d\\D]{3}", "", "a1b"], ["[^\\s]+", "", " \u00a0a]+", "", " \u00a0ab"]-c-e]+", "", "b-e-d"], ["[\\u0061-\\u0063]+", "u", "zabcz"], ["[\\u{61}-\\u{63}]+", "u", "zabcz"], ["[\\x61-\\x63]+", "", "zabcz"],
["[^-]+", "", "--abc--"], ["[--0]+", "", "a-./0b"], ["[\\--\\/]+", "", "x-./y"], ["[\\[\\]]+", "", "a[]b"],
["[\\\\]+", "", "a\\\\b"], ["[\\t\\n]+", "", "a\t\nb"], ["[\\f\\v\\r]", "", "\f"], ["[^\\n]+", "", "ab\ncd"],
["[\\u00C0-\\u00FF]+", "i", "x\u00e0\u00c1y"], ["[\\0-\\x1f]+", "", "a\u0000\u0001b"], ["[\\c@]", "", "\u0000"], ["[\\p{Nd}a]+", "u", "x1\P{Ll}]+", "u", "abCD1e"], ["[^\\p{L}\\s]+", "u", "ab 12!? cd"], ["[\\d-]+", "", "12-34"], ["[\\w.%+-]+@[\\w.-]+\\.[a-z]{2,}", "i", "mail: John.Doe+x@example.co.uk!"]
]);
// expect: "[\\w]+" u "\u01[\\w]+" u "\u017fK\u212a" => ["K"]@1
// expect: "[\\s\\S]+"  "a\nb" => ["a\nb"]@0
// expect: "[\\d\\D]{3}"  "a1b" => ["a1b"]@0
// expect: "[^\\s]+"  " \u00a0ab" => ["ab"]@2
// expect: "[a-c-e]+"  "b-e-d" => ["b-e-"]@0
// expect: "[\\u0061-\\u0063]+" u "zabcz" => ["abc"]@1
// expect: "[\\u{61}-\\u{63}]+" u "zabcz" => ["abc"]@1
// expect: "[\\x61-\\x63]+"  "zabcz" => ["abc"]@1
// expect: "[^-]+"  "--abc--" => ["abc"]@2
// expect: "[--0]+"  "a-./0b" => ["-./0"]@1
// expect: "[\\--\\/]+"  "x-./y" => ["-./"]@1
// expect: "[\\[\\]]+"  "a[]b" => ["[]"]@1
// expect: "[\\\\]+"  "a\\\\b" => ["\\\\"]@1
// expect: "[\\t\\n]+"  "a\t\nb" => ["\t\n"]@1
// expect: "[\\f\\v\\r]"  "\f" => ["\f"]@0
// expect: "[^\\n]+"  "ab\ncd" => ["ab"]@0
// expect: "[\\u00C0-\\u00FF]+" i "x\u00e0\u00c1y" => ["\u00e0\u00c1"]@1
// expect: "[\\0-\\x1f]+"  "a\u0000\u0001b" => ["\u0000\u0001"]@1
// expect: "[\\c@]"  "\u0000" => null
// expect: "[\\p{Nd}a]+" u "x1a\u0662b" => ["1a\u0662"]@1
// expect: "[\\P{Ll}]+" u "abCD1e" => ["CD1"]@2
// expect: "[^\\p{L}\\s]+" u "ab 12!? cd" => ["12!?"]@3
// expect: "[\\d-]+"  "12-34" => ["12-34"]@0
// expect: "[\\w.%+-]+@[\\w.-]+\\.[a-z]{2,}" i "mail: John.Doe+x@example.co.uk!" => ["John.Doe+x@example.co.uk"]@6
