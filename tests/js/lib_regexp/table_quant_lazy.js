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
["a*?", "", "aaa"], ["a+?", "", "aaa"], ["a??", "", "a"], ["a{2,}?", "", "aaaa"],
["a{1,3}?b", "", "aaab"], ["<.+?>", "", "<a><b>"], ["<.+>", "", "<a><b>"], [".*?x", "", "abxcx"],
["(a+?)(a*)", "", "aaaa"], ["(a*?)b", "", "aab"], ["(\\d+?)(\\d+)", "", "12345"], ["x(.*?)y(.*?)z", "", "x1y2zy3z"],
["(?:ab)+?", "", "ababab"], ["(a|b)*?c", "", "abbc"], ["a{0,}?$", "", "aaa"], ["(.)*?\\1", "", "abcb"],
["\\w+?\\s", "", "word next"], ["[^,]*?,", "", "a,b,c"], ["(a??)(a?)", "", "a"], ["(?:a*?){3}", "", "aa"]
]);
// expect: "a*?"  "aaa" => [""]@0
// expect: "a+?"  "aaa" => ["a"]@0
// expect: "a??"  "a" => [""]@0
// expect: "a{2,}?"  "aaaa" => ["aa"]@0
// expect: "a{1,3}?b"  "aaab" => ["aaab"]@0
// expect: "<.+?>"  "<a><b>" => ["<a>"]@0
// expect: "<.+>"  "<a><b>" => ["<a><b>"]@0
// expect: ".*?x"  "abxcx" => ["abx"]@0
// expect: "(a+?)(a*)"  "aaaa" => ["aaaa","a","aaa"]@0
// expect: "(a*?)b"  "aab" => ["aab","aa"]@0
// expect: "(\\d+?)(\\d+)"  "12345" => ["12345","1","2345"]@0
// expect: "x(.*?)y(.*?)z"  "x1y2zy3z" => ["x1y2z","1","2"]@0
// expect: "(?:ab)+?"  "ababab" => ["ab"]@0
// expect: "(a|b)*?c"  "abbc" => ["abbc","b"]@0
// expect: "a{0,}?$"  "aaa" => ["aaa"]@0
// expect: "(.)*?\\1"  "abcb" => ["",<u>]@0
// expect: "\\w+?\\s"  "word next" => ["word "]@0
// expect: "[^,]*?,"  "a,b,c" => ["a,"]@0
// expect: "(a??)(a?)"  "a" => ["a","","a"]@0
// expect: "(?:a*?){3}"  "aa" => [""]@0
