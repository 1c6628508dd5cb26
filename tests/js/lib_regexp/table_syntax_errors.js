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
["(", "", ""], [")", "", ""], ["[", "", ""], ["*", "", ""],
["a**", "", ""], ["a{2,1}", "", ""], ["(?<a>x)(?<a>y)", "", ""], ["\\k<a>(?<b>x)", "", ""],
["(?<1a>x)", "", ""], ["[b-a]", "", ""], ["\\u{110000}", "u", ""], ["\\c", "u", ""],
["\\q", "u", ""], ["[\\d-z]", "u", ""], ["{", "u", ""], ["]", "u", ""],
["(?=a)+", "u", ""], ["\\1", "u", ""], ["\\p{Nope}", "u", ""], ["\\k", "u", ""],
["a", "gg", ""], ["a", "x", ""], ["(?<=a)+", "", ""], ["\\u{1", "u", ""],
["(?:", "", ""], ["a|*", "", ""], ["\\p{L", "u", ""], ["[\\w-a]", "u", ""]
]);
// expect: "("  "" => SyntaxError
// expect: ")"  "" => SyntaxError
// expect: "["  "" => SyntaxError
// expect: "*"  "" => SyntaxError
// expect: "a**"  "" => SyntaxError
// expect: "a{2,1}"  "" => SyntaxError
// expect: "(?<a>x)(?<a>y)"  "" => SyntaxError
// expect: "\\k<a>(?<b>x)"  "" => SyntaxError
// expect: "(?<1a>x)"  "" => SyntaxError
// expect: "[b-a]"  "" => SyntaxError
// expect: "\\u{110000}" u "" => SyntaxError
// expect: "\\c" u "" => SyntaxError
// expect: "\\q" u "" => SyntaxError
// expect: "[\\d-z]" u "" => SyntaxError
// expect: "{" u "" => SyntaxError
// expect: "]" u "" => SyntaxError
// expect: "(?=a)+" u "" => SyntaxError
// expect: "\\1" u "" => SyntaxError
// expect: "\\p{Nope}" u "" => SyntaxError
// expect: "\\k" u "" => SyntaxError
// expect: "a" gg "" => SyntaxError
// expect: "a" x "" => SyntaxError
// expect: "(?<=a)+"  "" => SyntaxError
// expect: "\\u{1" u "" => SyntaxError
// expect: "(?:"  "" => SyntaxError
// expect: "a|*"  "" => SyntaxError
// expect: "\\p{L" u "" => SyntaxError
// expect: "[\\w-a]" u "" => SyntaxError
