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
["(?<=\\$)\\d+", "", "cost $42"], ["(?<!\\$)\\d+", "", "$42 17"], ["(?<=a)b", "", "abcb"], ["(?<=(a+))b", "", "aaab"],
["(?<=(\\d)(\\d))x", "", "12x"], ["(?<=\\1(a))b", "", "aab"], ["(?<=^|,)\\w", "", "a,b"], ["(?<!^)x", "", "xx"],
["(?<=a(?=b)b)c", "", "abc"], ["(?<=(?<!x)a)b", "", "xabab"], ["(?<=[a-c]{2})d", "", "bcd"], ["(?<=(o)d\\1)r", "", "hodor"],
["(?<=\\b)\\w", "", "ab cd"], ["(?<=.)", "g", "abc"], ["(?<=a*?)b", "", "aab"], ["(?<=(a|ab))c", "", "abc"],
["(?<=(?:(\\d)|x)+)y", "", "1x2y"], ["(?<=\\u{1F600})a", "u", "\ud83d\ude00a"]
]);
// expect: "(?<=\\$)\\d+"  "cost $42" => ["42"]@6
// expect: "(?<!\\$)\\d+"  "$42 17" => ["2"]@2
// expect: "(?<=a)b"  "abcb" => ["b"]@1
// expect: "(?<=(a+))b"  "aaab" => ["b","aaa"]@3
// expect: "(?<=(\\d)(\\d))x"  "12x" => ["x","1","2"]@2
// expect: "(?<=\\1(a))b"  "aab" => ["b","a"]@2
// expect: "(?<=^|,)\\w"  "a,b" => ["a"]@0
// expect: "(?<!^)x"  "xx" => ["x"]@1
// expect: "(?<=a(?=b)b)c"  "abc" => ["c"]@2
// expect: "(?<=(?<!x)a)b"  "xabab" => ["b"]@4
// expect: "(?<=[a-c]{2})d"  "bcd" => ["d"]@2
// expect: "(?<=(o)d\\1)r"  "hodor" => null
// expect: "(?<=\\b)\\w"  "ab cd" => ["a"]@0
// expect: "(?<=.)" g "abc" => [""]@1 li=1
// expect: "(?<=a*?)b"  "aab" => ["b"]@2
// expect: "(?<=(a|ab))c"  "abc" => ["c","ab"]@2
// expect: "(?<=(?:(\\d)|x)+)y"  "1x2y" => ["y","1"]@3
// expect: "(?<=\\u{1F600})a" u "\ud83d\ude00a" => ["a"]@2
