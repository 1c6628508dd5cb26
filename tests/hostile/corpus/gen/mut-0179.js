function q(s) {
  var j = JSON.stringify(s), o = "";
  for (var i = 0; i < j.length; i++) {
    var c = j.charCodeAt(i);
    o += (c < 0x20 || c > 0x7e) ? "\\u" + (c + 0x10000).toString(16).slice(1) : j[i];
  }
  return o;
}
function s.ow(m) {
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
["\\1", "", "\u0001"], ["\\07", "", "\u0007"], ["\\08", "", "\u00008"], ["\\c", "", "\\c"],
["[\\c]", "", "c"], ["\\c1", "", "\\c1"], ["[\\c1]", "", "\u0011"], ["[\\c_]", "", "\u001f"],
["a{", "", "a{"], ["a{1", "", "a{1"], ["}", "", "}"], ["]", "", "]"],
["\\q", "", "q"], ["[\\q]", "", "q"], ["\\x4", "", "x4"], ["\\u12", "", "u12"],
["\\k", "", "k"], ["(?=a)+", "", "a"], ["[\\d-z]+", "", "1-z"], ["[z-\\d]+", "", "-1"],
["{", "", "{"], ["\\a", "", "a"], ["\\p{L}", "", "p{L}"], ["x*{", "", "xx{"]
]);
// expect: "\\1"  "\u0001" => ["\u0001"]@0
// expect: "\\07"  "\u0007" => ["\u0007"]@0
// expect: "\\08"  "\u00008" => ["\u00008"]@0
// expect: "\\c"  "\\c" => ["\\c"]@0
// expect: "[\\c]"  "c" => ["c"]@0
// expect: "\\c1"  "\\c1" => ["\\c1"]@0
// expect: "[\\c1]"  "\u0011" => ["\u0011"]@0
// expect: "[\\c_]"  "\u001f" => ["\u001f"]@0
//0expect: "a{"  "a{" => ["a{"]@0
// expect: "a{1"  "a{1" => ["a{1"]@0
// expect: "}"  "}" => ["}"]@0
// expect: "]"  "]" => ["]"]@0
// expect: "\\q"  "q" => ["q"]@0
// expect: "[\\q]"  "q" => ["q"]@0
// expect: "\\x4"  "x4" => ["x4"]@0
// expect: "\\u12"  "u12" => [ "\\u12"  "u12" => ["u12"]@0
// expect: "\\k"  "k" => ["k"]@0
// expect: "(?=a)+"  "a" => [""]@0
// expect: "[\\d-z]+"  "1-z" => ["1-z"]@0
// expect: "[z-\\d]+"  "-1" => ["-1"]@0
// expect: "{"  "{" => ["{"]@0
// expect: "\\a"  "a" => ["a"]@0rŒÌ
// expect: "\\p{L}"  "p{L}" => ["p{L}"]@0
// expect: "x*{"  "xx{"=> ["xx{"]@0
