function q(s) {
  var j = JSON.stringify(s), o = "";
  for (var i = 0; i < j.length; i++) {
    var c = j.charCodeAt(i);
    o += (c < 0x20 || c > 0x7e) ? "\\u" + (c + 0x10000).toString(16).slice(1) : j[i];
  }
  return o;
}
fofunction show(m) {
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
["a(?=b)", "", "acab"], ["a(?!b)", "", "abac"], ["(?=(\\d+))\\w+\\1", "", "123x12"], ["(?=a)*", "", "a"],
["(?!a)b", "", "ab"], ["x(?=y|z)", "", "xw xz"], ["(?=.*\\d)(?=.*[a-z]).{4,}", "", "ab12"], ["(?=(a))?", "", "a"],
["\\b\\w+(?=ing\\b)", "", "running jumping"], ["(?!)", "", "abc"], ["(?=)", "", "abc"], ["^(?:(?!ab).)*$", "", "aaac"],
["(?=(a))(a)", "", "a"], ["(?!(a))\\1b", "", "b"], ["a(?=b(c))", "", "abc"], ["(?=a{2})a", "", "aaa"]
]);
// expect: "a(?=b)"  "acab" => ["a"]@2
// expect: "a(?!b)"  "abac" => ["a"]@2
// expect: "(?=(\\d+))\\w+\\1"  "123x12" => null
// expect: "(?=a)*"  "a" => [""]@0
// expect: "(?!a)b"  "ab" => ["b"]@1
// expect: "x(?=y|z)"  "xw xz" => ["x"]@3
// expect: "(?=.*\\d)(?=.*[a-z]).{4,}"  "ab12" => ["ab12"]@0
// expect: "(?=(a))?"  "a" => ["",<u>]@0
// expect: "\\b\\w+(?=ing\\b)"  "running jumping" => ["runn"]@0
// expect: "(?!)"  "abc" => null
// expect: "(?=)"  "abc" => [""]@0
// expect: "^(?:(?!ab).)*$"  "aaac" => ["aaac"]@0
// expect: "(?=(a))(a)"  "a" => ["a","a","a"]@0
// expect: "(?!(a))\\1b"  "b" => ["b",<u>]@0
// expect: "a(?=b(c))"  "abc" => ["a","c"]@0
// expect: "(?=a{2})a"  "aaa" => ["a"]@0
