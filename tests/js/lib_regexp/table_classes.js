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
["[abc]+", "", "xxbcaz"], ["[^abc]+", "", "abxyzc"], ["[a-z]+", "", "12abc34"], ["[a-]+", "", "x-a-b"],
["[-a]+", "", "--a"], ["[\\d]+", "", "ab123"], ["[\\D]+", "", "12ab3"], ["[\\w-]+", "", "!a-b_c!"],
["[\\s]+", "", "a \t\nb"], ["[\\S]+", "", "  ab  "], ["[]", "", "a"], ["[^]", "", "\n"],
["[\\b]", "", "a\bb"], ["[.]", "", "ab.c"], ["[\\]]+", "", "a]]b"], ["[a\\-z]+", "", "b-az"],
["[\\x41-\\x43]+", "", "zABCD"], ["[\\u0041\\u0042]+", "", "xABA"], ["[\\cJ]", "", "a\nb"], ["[\\0]", "", "a\u0000"],
["[^\\d\\s]+", "", "1 ab2"], ["\\W+", "", "ab!@c"], ["[\\W\\d]+", "", "a!1b"], ["[ѐ-я]+", "", "abcпривет"],
["[\\^]+", "", "a^^b"], ["[a^]+", "", "^a^"], ["[\\/]", "", "a/b"], ["[*+?{}()|]+", "", "a*+?{}()|b"]
]);
// expect: "[abc]+"  "xxbcaz" => ["bca"]@2
// expect: "[^abc]+"  "abxyzc" => ["xyz"]@2
// expect: "[a-z]+"  "12abc34" => ["abc"]@2
// expect: "[a-]+"  "x-a-b" => ["-a-"]@1
// expect: "[-a]+"  "--a" => ["--a"]@0
// expect: "[\\d]+"  "ab123" => ["123"]@2
// expect: "[\\D]+"  "12ab3" => ["ab"]@2
// expect: "[\\w-]+"  "!a-b_c!" => ["a-b_c"]@1
// expect: "[\\s]+"  "a \t\nb" => [" \t\n"]@1
// expect: "[\\S]+"  "  ab  " => ["ab"]@2
// expect: "[]"  "a" => null
// expect: "[^]"  "\n" => ["\n"]@0
// expect: "[\\b]"  "a\bb" => ["\b"]@1
// expect: "[.]"  "ab.c" => ["."]@2
// expect: "[\\]]+"  "a]]b" => ["]]"]@1
// expect: "[a\\-z]+"  "b-az" => ["-az"]@1
// expect: "[\\x41-\\x43]+"  "zABCD" => ["ABC"]@1
// expect: "[\\u0041\\u0042]+"  "xABA" => ["ABA"]@1
// expect: "[\\cJ]"  "a\nb" => ["\n"]@1
// expect: "[\\0]"  "a\u0000" => ["\u0000"]@1
// expect: "[^\\d\\s]+"  "1 ab2" => ["ab"]@2
// expect: "\\W+"  "ab!@c" => ["!@"]@2
// expect: "[\\W\\d]+"  "a!1b" => ["!1"]@1
// expect: "[\u0450-\u044f]+"  "abc\u043f\u0440\u0438\u0432\u0435\u0442" => SyntaxError
// expect: "[\\^]+"  "a^^b" => ["^^"]@1
// expect: "[a^]+"  "^a^" => ["^a^"]@0
// expect: "[\\/]"  "a/b" => ["/"]@1
// expect: "[*+?{}()|]+"  "a*+?{}()|b" => ["*+?{}()|"]@1
