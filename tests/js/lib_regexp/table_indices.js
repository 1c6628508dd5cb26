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
["a(b)c", "d", "xabc"], ["(?<k>b)|(c)", "d", "c"], ["a(b)?", "d", "a"], ["(a)(?<n>b)", "dg", "ab"],
["\\w(?<=(a))", "d", "ba"], ["(?:x(y))+", "d", "xyxy"], ["", "d", "abc"], ["(\\ud83d\\ude00)", "du", "a\ud83d\ude00"]
]);
// expect: "a(b)c" d "xabc" => ["abc","b"]@1 d=[[1,4],[2,3]]
// expect: "(?<k>b)|(c)" d "c" => ["c",<u>,"c"]@0 g={} d=[[0,1],null,[0,1]]
// expect: "a(b)?" d "a" => ["a",<u>]@0 d=[[0,1],null]
// expect: "(a)(?<n>b)" dg "ab" => ["ab","a","b"]@0 g={"n":"b"} d=[[0,2],[0,1],[1,2]] li=2
// expect: "\\w(?<=(a))" d "ba" => ["a","a"]@1 d=[[1,2],[1,2]]
// expect: "(?:x(y))+" d "xyxy" => ["xyxy","y"]@0 d=[[0,4],[3,4]]
// expect: "" d "abc" => [""]@0 d=[[0,0]]
// expect: "(\\ud83d\\ude00)" du "a\ud83d\ude00" => ["\ud83d\ude00","\ud83d\ude00"]@1 d=[[1,3],[1,3]]
