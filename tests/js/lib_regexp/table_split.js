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
    try { r = q(s.split(new RegExp(p, f), row[3])); } catch (e) { r = e.name; }
    print(q(p) + " " + f + " " + q(s) + " " + row[3] + " => " + r);
  }
}
run([
[",", "", "a,b,c", undefined], [",", "", "a,b,c", 2], ["(,)", "", "a,b", undefined], ["\\s*", "", "a b  c", undefined],
["", "", "abc", undefined], ["", "u", "\ud83d\ude00a", undefined], ["", "", "\ud83d\ude00a", undefined], ["(?:)", "", "", undefined],
["a", "", "", undefined], ["x", "", "abc", 0], ["(a)|(b)", "", "1a2b3", undefined], ["\\b", "", "hi you", undefined],
["(?=b)", "", "abab", undefined], ["(?<=a)", "", "abab", undefined], ["$", "m", "a\nb", undefined], ["^", "m", "a\nb\nc", undefined],
[",", "y", "a,b", undefined], ["d", "", "dad", undefined], ["(d)", "", "dad", -1], ["\\d+", "", "a12b345c", 2],
["[,;]\\s*", "", "a, b;c ;d", undefined], ["(\\/)?x", "", "a/xbxc", undefined]
]);
// expect: ","  "a,b,c" undefined => ["a","b","c"]
// expect: ","  "a,b,c" 2 => ["a","b"]
// expect: "(,)"  "a,b" undefined => ["a",",","b"]
// expect: "\\s*"  "a b  c" undefined => ["a","b","c"]
// expect: ""  "abc" undefined => ["a","b","c"]
// expect: "" u "\ud83d\ude00a" undefined => ["\ud83d\ude00","a"]
// expect: ""  "\ud83d\ude00a" undefined => ["\ud83d","\ude00","a"]
// expect: "(?:)"  "" undefined => []
// expect: "a"  "" undefined => [""]
// expect: "x"  "abc" 0 => []
// expect: "(a)|(b)"  "1a2b3" undefined => ["1","a",null,"2",null,"b","3"]
// expect: "\\b"  "hi you" undefined => ["hi"," ","you"]
// expect: "(?=b)"  "abab" undefined => ["a","ba","b"]
// expect: "(?<=a)"  "abab" undefined => ["a","ba","b"]
// expect: "$" m "a\nb" undefined => ["a","\nb"]
// expect: "^" m "a\nb\nc" undefined => ["a\n","b\n","c"]
// expect: "," y "a,b" undefined => ["a","b"]
// expect: "d"  "dad" undefined => ["","a",""]
// expect: "(d)"  "dad" -1 => ["","d","a","d",""]
// expect: "\\d+"  "a12b345c" 2 => ["a","b"]
// expect: "[,;]\\s*"  "a, b;c ;d" undefined => ["a","b","c ","d"]
// expect: "(\\/)?x"  "a/xbxc" undefined => ["a","/","b",null,"c"]
