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
    var p = row[0], f = row[1], s = row[2], rep = row[3], r;
    try { r = q(s.replace(new RegExp(p, f), rep)); } catch (e) { r = e.name; }
    print(q(p) + " " + f + " " + q(s) + " " + q(rep) + " => " + r);
  }
}
run([
["a", "g", "banana", "o"], ["(a)(n)", "g", "banana", "$2$1"], ["a", "", "banana", "[$&]"], ["n", "g", "banana", "[$`]"],
["n", "g", "banana", "[$']"], ["(?<v>[aeiou])", "g", "banana", "<$<v>>"], ["x*", "g", "abc", "-"], ["", "g", "abc", "."],
["\\b", "g", "hi there", "|"], ["(\\w+)\\s(\\w+)", "", "John Smith", "$2, $1"], ["(a)|(b)", "g", "ab", "[$1|$2]"], ["a", "gi", "AaA", "$$"],
["(\\d+)", "g", "1 22 333", "$10"], ["(\\d)(\\d)?", "g", "1 23", "<$2>"], ["$", "gm", "a\nb", ";"], ["^", "gm", "a\nb", "> "],
["(?:)", "gu", "\ud83d\ude00x", "."], ["\\s+", "g", "  a  b  ", " "], ["(.)\\1", "g", "aabbcd", "$1"], ["(?<=a)b", "g", "abab cb", "X"],
["[aeiou]", "g", "programming", "$&$&"], ["(x)?y", "g", "y xy", "[$1]"], ["a", "y", "aab", "X"], ["(?<n>a)", "g", "aa", "$<n"],
["(\\w)(\\w)(\\w)(\\w)(\\w)(\\w)(\\w)(\\w)(\\w)(\\w)(\\w)", "", "abcdefghijk", "$11$10$9"], ["(a)", "", "a", "$0$00$01$001"]
]);
// expect: "a" g "banana" "o" => "bonono"
// expect: "(a)(n)" g "banana" "$2$1" => "bnanaa"
// expect: "a"  "banana" "[$&]" => "b[a]nana"
// expect: "n" g "banana" "[$`]" => "ba[ba]a[bana]a"
// expect: "n" g "banana" "[$']" => "ba[ana]a[a]a"
// expect: "(?<v>[aeiou])" g "banana" "<$<v>>" => "b<a>n<a>n<a>"
// expect: "x*" g "abc" "-" => "-a-b-c-"
// expect: "" g "abc" "." => ".a.b.c."
// expect: "\\b" g "hi there" "|" => "|hi| |there|"
// expect: "(\\w+)\\s(\\w+)"  "John Smith" "$2, $1" => "Smith, John"
// expect: "(a)|(b)" g "ab" "[$1|$2]" => "[a|][|b]"
// expect: "a" gi "AaA" "$$" => "$$$"
// expect: "(\\d+)" g "1 22 333" "$10" => "10 220 3330"
// expect: "(\\d)(\\d)?" g "1 23" "<$2>" => "<> <3>"
// expect: "$" gm "a\nb" ";" => "a;\nb;"
// expect: "^" gm "a\nb" "> " => "> a\n> b"
// expect: "(?:)" gu "\ud83d\ude00x" "." => ".\ud83d\ude00.x."
// expect: "\\s+" g "  a  b  " " " => " a b "
// expect: "(.)\\1" g "aabbcd" "$1" => "abcd"
// expect: "(?<=a)b" g "abab cb" "X" => "aXaX cb"
// expect: "[aeiou]" g "programming" "$&$&" => "proograammiing"
// expect: "(x)?y" g "y xy" "[$1]" => "[] [x]"
// expect: "a" y "aab" "X" => "Xab"
// expect: "(?<n>a)" g "aa" "$<n" => "$<n$<n"
// expect: "(\\w)(\\w)(\\w)(\\w)(\\w)(\\w)(\\w)(\\w)(\\w)(\\w)(\\w)"  "abcdefghijk" "$11$10$9" => "kji"
// expect: "(a)"  "a" "$0$00$01$001" => "$0$00a$001"
