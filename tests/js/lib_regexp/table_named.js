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
["(?<y>\\d{4})-(?<m>\\d{2})", "", "on 2024-06-01"], ["(?<a>x)|(?<b>y)", "", "y"], ["(?<first>a)(?<second>b)?", "", "a"], ["(?<n>.)\\k<n>", "", "xyyz"],
["(?<$dollar>a)", "", "a"], ["(?<_u>b)", "", "ab"], ["(?<é>c)", "", "c"], ["(?<a1>.)(?<a2>.)", "", "ab"],
["(?<x>a)(?:(?<y>b))", "", "ab"], ["(?<o>(?<i>a))", "", "a"], ["\\k<a>(?<a>b)", "", "b"],
["(?<n>a)\\k<n>", "u", "aa"], ["(?<\\u0061>q)", "", "q"], ["(?<a>.)(?<b>.)(?<c>.)", "d", "xyz"]
]);
// expect: "(?<y>\\d{4})-(?<m>\\d{2})"  "on 2024-06-01" => ["2024-06","2024","06"]@3 g={"y":"2024","m":"06"}
// expect: "(?<a>x)|(?<b>y)"  "y" => ["y",<u>,"y"]@0 g={"b":"y"}
// expect: "(?<first>a)(?<second>b)?"  "a" => ["a","a",<u>]@0 g={"first":"a"}
// expect: "(?<n>.)\\k<n>"  "xyyz" => ["yy","y"]@1 g={"n":"y"}
// expect: "(?<$dollar>a)"  "a" => ["a","a"]@0 g={"$dollar":"a"}
// expect: "(?<_u>b)"  "ab" => ["b","b"]@1 g={"_u":"b"}
// expect: "(?<\u00e9>c)"  "c" => ["c","c"]@0 g={"\u00e9":"c"}
// expect: "(?<a1>.)(?<a2>.)"  "ab" => ["ab","a","b"]@0 g={"a1":"a","a2":"b"}
// expect: "(?<x>a)(?:(?<y>b))"  "ab" => ["ab","a","b"]@0 g={"x":"a","y":"b"}
// expect: "(?<o>(?<i>a))"  "a" => ["a","a","a"]@0 g={"o":"a","i":"a"}
// expect: "\\k<a>(?<a>b)"  "b" => ["b","b"]@0 g={"a":"b"}
// expect: "(?<n>a)\\k<n>" u "aa" => ["aa","a"]@0 g={"n":"a"}
// expect: "(?<\\u0061>q)"  "q" => ["q","q"]@0 g={"a":"q"}
// expect: "(?<a>.)(?<b>.)(?<c>.)" d "xyz" => ["xyz","x","y","z"]@0 g={"a":"x","b":"y","c":"z"} d=[[0,3],[0,1],[1,2],[2,3]]
