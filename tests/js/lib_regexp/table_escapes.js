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
["\\d+", "", "ab123c"], ["\\D+", "", "12abc3"], ["\\w+", "", "!!ab_9!!"], ["\\s+", "", "a\u00a0\u2028\ufeffb"],
["\\S+", "", "  x "], ["a\\tb", "", "a\tb"], ["\\n", "", "x\ny"], ["\\v\\f\\r", "", "\u000b\f\r"],
["\\x41", "", "zA"], ["\\u0042", "", "B"], ["\\u{42}", "u", "B"], ["\\u{1F600}", "u", "a\ud83d\ude00"],
["\\cA", "", "\u0001"], ["\\0", "", "a\u0000b"], ["\\.\\*\\+\\?", "", "x.*+?"], ["\\(\\)\\[\\]\\{\\}", "", "()[]{}"],
["\\/", "", "a/b"], ["\\\\", "", "a\\b"], ["\\$\\^", "", "$^"], ["\\|", "", "a|b"],
["\\bfoo\\b", "", "a foo b"], ["\\Boo\\B", "", "foox"], ["\\b", "", "   "], ["\\B", "", "ab"],
["\\ud83d\\ude00", "u", "\ud83d\ude00"], ["\\u{61}", "", "uuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuu"],
["\\p{Lu}+", "u", "abCDe"], ["\\P{L}+", "u", "ab12!c"], ["\\p{Script=Greek}+", "u", "aαβγb"], ["\\p{N}+", "u", "x١٢3y"]
]);
// expect: "\\d+"  "ab123c" => ["123"]@2
// expect: "\\D+"  "12abc3" => ["abc"]@2
// expect: "\\w+"  "!!ab_9!!" => ["ab_9"]@2
// expect: "\\s+"  "a\u00a0\u2028\ufeffb" => ["\u00a0\u2028\ufeff"]@1
// expect: "\\S+"  "  x " => ["x"]@2
// expect: "a\\tb"  "a\tb" => ["a\tb"]@0
// expect: "\\n"  "x\ny" => ["\n"]@1
// expect: "\\v\\f\\r"  "\u000b\f\r" => ["\u000b\f\r"]@0
// expect: "\\x41"  "zA" => ["A"]@1
// expect: "\\u0042"  "B" => ["B"]@0
// expect: "\\u{42}" u "B" => ["B"]@0
// expect: "\\u{1F600}" u "a\ud83d\ude00" => ["\ud83d\ude00"]@1
// expect: "\\cA"  "\u0001" => ["\u0001"]@0
// expect: "\\0"  "a\u0000b" => ["\u0000"]@1
// expect: "\\.\\*\\+\\?"  "x.*+?" => [".*+?"]@1
// expect: "\\(\\)\\[\\]\\{\\}"  "()[]{}" => ["()[]{}"]@0
// expect: "\\/"  "a/b" => ["/"]@1
// expect: "\\\\"  "a\\b" => ["\\"]@1
// expect: "\\$\\^"  "$^" => ["$^"]@0
// expect: "\\|"  "a|b" => ["|"]@1
// expect: "\\bfoo\\b"  "a foo b" => ["foo"]@2
// expect: "\\Boo\\B"  "foox" => ["oo"]@1
// expect: "\\b"  "   " => null
// expect: "\\B"  "ab" => [""]@1
// expect: "\\ud83d\\ude00" u "\ud83d\ude00" => ["\ud83d\ude00"]@0
// expect: "\\u{61}"  "uuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuu" => ["uuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuu"]@0
// expect: "\\p{Lu}+" u "abCDe" => ["CD"]@2
// expect: "\\P{L}+" u "ab12!c" => ["12!"]@2
// expect: "\\p{Script=Greek}+" u "a\u03b1\u03b2\u03b3b" => ["\u03b1\u03b2\u03b3"]@1
// expect: "\\p{N}+" u "x\u0661\u06623y" => ["\u0661\u06623"]@1
