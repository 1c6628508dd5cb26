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
["a|b|c", "", "xc"], ["ab|cd|ef", "", "__ef"], ["(a|ab)(c|bcd)", "", "abcd"], ["|", "", "x"],
["a||b", "", "b"], ["^a|b$", "", "cb"], ["(^a)|(b$)", "", "ab"], ["\\bx|y\\b", "", "zy"],
["^$", "", ""], ["^$", "m", "a\n\nb"], ["$^", "", ""], ["x$|y", "", "xyz"],
["(?:^|\\s)(\\w)", "g", "ab cd"], ["\\B", "g", ""], ["a\\b$", "", "ba"], ["^(?:a|ab)*c$", "", "ababc"]
]);
// expect: "a|b|c"  "xc" => ["c"]@1
// expect: "ab|cd|ef"  "__ef" => ["ef"]@2
// expect: "(a|ab)(c|bcd)"  "abcd" => ["abcd","a","bcd"]@0
// expect: "|"  "x" => [""]@0
// expect: "a||b"  "b" => [""]@0
// expect: "^a|b$"  "cb" => ["b"]@1
// expect: "(^a)|(b$)"  "ab" => ["a","a",<u>]@0
// expect: "\\bx|y\\b"  "zy" => ["y"]@1
// expect: "^$"  "" => [""]@0
// expect: "^$" m "a\n\nb" => [""]@2
// expect: "$^"  "" => [""]@0
// expect: "x$|y"  "xyz" => ["y"]@1
// expect: "(?:^|\\s)(\\w)" g "ab cd" => ["a","a"]@0 li=1
// expect: "\\B" g "" => [""]@0 li=0
// expect: "a\\b$"  "ba" => ["a"]@1
// expect: "^(?:a|ab)*c$"  "ababc" => ["ababc"]@0
