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
["^b", "", "a\nb"], ["^b", "m", "a\nb"], ["a$", "m", "a\nb"], ["a$", "", "a\nb"],
["^", "gm", "a\nb"], ["$", "m", "a\r\nb"], ["^b", "m", "a\u2028b"], ["^b", "m", "a\rb"],
[".", "", "\n"], [".", "s", "\n"], [".+", "", "a\u2028b"], [".+", "s", "a\u2028b"],
["[^]", "", "\r"], [".", "", "\ud83d\ude00"], [".", "u", "\ud83d\ude00"], ["^.$", "su", "\n"],
["a", "g", "bab", 0], ["a", "g", "bab", 2], ["a", "g", "bab", 5], ["a", "y", "bab", 0],
["a", "y", "bab", 1], ["a", "gy", "aab", 1], ["^a", "my", "b\na", 2], ["", "g", "ab", 1],
["b", "y", "ab", -1], ["\\b", "y", "ab", 1], ["", "gu", "\ud83d\ude00", 1], ["a|", "g", "b", 0]
]);
// expect: "^b"  "a\nb" => null
// expect: "^b" m "a\nb" => ["b"]@2
// expect: "a$" m "a\nb" => ["a"]@0
// expect: "a$"  "a\nb" => null
// expect: "^" gm "a\nb" => [""]@0 li=0
// expect: "$" m "a\r\nb" => [""]@1
// expect: "^b" m "a\u2028b" => ["b"]@2
// expect: "^b" m "a\rb" => ["b"]@2
// expect: "."  "\n" => null
// expect: "." s "\n" => ["\n"]@0
// expect: ".+"  "a\u2028b" => ["a"]@0
// expect: ".+" s "a\u2028b" => ["a\u2028b"]@0
// expect: "[^]"  "\r" => ["\r"]@0
// expect: "."  "\ud83d\ude00" => ["\ud83d"]@0
// expect: "." u "\ud83d\ude00" => ["\ud83d\ude00"]@0
// expect: "^.$" su "\n" => ["\n"]@0
// expect: "a" g "bab" => ["a"]@1 li=2
// expect: "a" g "bab" => null li=0
// expect: "a" g "bab" => null li=0
// expect: "a" y "bab" => null li=0
// expect: "a" y "bab" => ["a"]@1 li=2
// expect: "a" gy "aab" => ["a"]@1 li=2
// expect: "^a" my "b\na" => ["a"]@2 li=3
// expect: "" g "ab" => [""]@1 li=1
// expect: "b" y "ab" => null li=0
// expect: "\\b" y "ab" => null li=0
// expect: "" gu "\ud83d\ude00" => [""]@0 li=0
// expect: "a|" g "b" => [""]@0 li=0
