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
["(a)(b)(c)", "", "xabc"], ["(a)|(b)", "", "b"], ["(?:a)(b)", "", "ab"], ["((a)(b))", "", "ab"],
["(a(b(c)))", "", "abc"], ["(a)?b", "", "b"], ["(a)*", "", "aaa"], ["(a|(b))+", "", "ab"],
["(a|(b))+", "", "ba"], ["()", "", "x"], ["(|a)", "", "a"], ["(a)(?:b)(c)?", "", "ab"],
["(((((((((((a)))))))))))", "", "a"], ["(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)", "", "abcdefghijk"], ["((a)|(b))*", "", "ab"], ["(?:(a)|b)*", "", "ab"],
["(.)(?:(.)|x)*", "", "abx"], ["(a)|b(c)?", "", "bc"], ["^(?:(\\d+)\\.)?(\\d+)$", "", "12.34"], ["^(?:(\\d+)\\.)?(\\d+)$", "", "34"]
]);
// expect: "(a)(b)(c)"  "xabc" => ["abc","a","b","c"]@1
// expect: "(a)|(b)"  "b" => ["b",<u>,"b"]@0
// expect: "(?:a)(b)"  "ab" => ["ab","b"]@0
// expect: "((a)(b))"  "ab" => ["ab","ab","a","b"]@0
// expect: "(a(b(c)))"  "abc" => ["abc","abc","bc","c"]@0
// expect: "(a)?b"  "b" => ["b",<u>]@0
// expect: "(a)*"  "aaa" => ["aaa","a"]@0
// expect: "(a|(b))+"  "ab" => ["ab","b","b"]@0
// expect: "(a|(b))+"  "ba" => ["ba","a",<u>]@0
// expect: "()"  "x" => ["",""]@0
// expect: "(|a)"  "a" => ["",""]@0
// expect: "(a)(?:b)(c)?"  "ab" => ["ab","a",<u>]@0
// expect: "(((((((((((a)))))))))))"  "a" => ["a","a","a","a","a","a","a","a","a","a","a","a"]@0
// expect: "(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)"  "abcdefghijk" => ["abcdefghijk","a","b","c","d","e","f","g","h","i","j","k"]@0
// expect: "((a)|(b))*"  "ab" => ["ab","b",<u>,"b"]@0
// expect: "(?:(a)|b)*"  "ab" => ["ab",<u>]@0
// expect: "(.)(?:(.)|x)*"  "abx" => ["abx","a","x"]@0
// expect: "(a)|b(c)?"  "bc" => ["bc",<u>,"c"]@0
// expect: "^(?:(\\d+)\\.)?(\\d+)$"  "12.34" => ["12.34","12","34"]@0
// expect: "^(?:(\\d+)\\.)?(\\d+)$"  "34" => ["34",<u>,"34"]@0
