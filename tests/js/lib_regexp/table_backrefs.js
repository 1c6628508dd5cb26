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
["(a)\\1", "", "aa"], ["(a)\\1", "i", "aA"], ["(\\w+)\\s\\1", "", "hello hello"], ["\\1(a)", "", "aa"],
["(a)|\\1b", "", "b"], ["(?:(a)|b)\\1", "", "b"], ["(a*)\\1", "", "aaaa"], ["(.)(.)\\2\\1", "", "xabba"],
["((.)\\2)+", "", "aabbcd"], ["(a)\\2", "", "a\u0002"], ["(a)\\10", "", "aa0"], ["\\8", "", "8"],
["(?=(a+))a*b\\1", "", "baaabac"], ["(.*?)a(?!(a+)b\\2c)\\2(.*)", "", "baaabaac"], ["(\\d)\\1{2}", "", "1222"], ["(['\"]).*?\\1", "", "say 'hi' \"x\""]
]);
// expect: "(a)\\1"  "aa" => ["aa","a"]@0
// expect: "(a)\\1" i "aA" => ["aA","a"]@0
// expect: "(\\w+)\\s\\1"  "hello hello" => ["hello hello","hello"]@0
// expect: "\\1(a)"  "aa" => ["a","a"]@0
// expect: "(a)|\\1b"  "b" => ["b",<u>]@0
// expect: "(?:(a)|b)\\1"  "b" => ["b",<u>]@0
// expect: "(a*)\\1"  "aaaa" => ["aaaa","aa"]@0
// expect: "(.)(.)\\2\\1"  "xabba" => ["abba","a","b"]@1
// expect: "((.)\\2)+"  "aabbcd" => ["aabb","bb","b"]@0
// expect: "(a)\\2"  "a\u0002" => ["a\u0002","a"]@0
// expect: "(a)\\10"  "aa0" => null
// expect: "\\8"  "8" => ["8"]@0
// expect: "(?=(a+))a*b\\1"  "baaabac" => ["aba","a"]@3
// expect: "(.*?)a(?!(a+)b\\2c)\\2(.*)"  "baaabaac" => ["baaabaac","ba",<u>,"abaac"]@0
// expect: "(\\d)\\1{2}"  "1222" => ["222","2"]@1
// expect: "(['\"]).*?\\1"  "say 'hi' \"x\"" => ["'hi'","'"]@4
