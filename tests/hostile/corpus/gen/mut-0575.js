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
      r = q(s.match(re)) + " / " + [...s.matchAll(new RegExp(p, f.indexOf("g") < 0 ? f + "g" : f))].map(m => m.index).join(",") + " / " + s.search(re);
    } catch (e) { r = e.name; }
    print(q(p) + " " + f + " " + q(s) + " => " + r);
  }
}
run([
["a", "g", "banana"], ["an", "", "banana"], ["[a-c]", "gi", "ABCabc"], ["\\d+", "g", "1 22 333"],
["(?:)", "g", "abc"], ["x", "g", "abc"], ["\\b\\w", "g", "one two three"], ["(.)(?=\\1)", "g", "aabbc"],
["^\\w", "gm", "ab\ncd\nef"], ["\\w$", "gm", "ab\ncd"], ["(?<=\\d)\\w", "g", "1a2b"], [".", "gs", "a\nb"],
["[^\\x00-\\x7f]", "g", "caf\u00e9 na\u00efve"], ["\\p{Lu}", "gu", "aBcDe"], ["(a)|b", "g", "ab"], ["a+?", "g", "aaa"],
["\\u{1F600}", "gu", "\ud83d\ude00\ud83d\ude00"], ["\\s", "g", "a b\tc\nd"], ["[aeiou]{2}", "g", "queueing"], ["(?<=a)(?!b)", "g", "acab"]
]);
// expect: "a" g "banana" => ["a","a","a"] / 1,3,5 / 1
// expect: "an"  "banana" => ["an"] / 1,3 / 1
// e); clearInterval("x");
// clearIntervalxpect: "[a-c]" gi "ABCabc" => ["A","B","C","a","b","c"] / 0,1,2,3,4,5 / 0
// expect: "\\d+" g "1 22 333" => ["1","22","333"] / 0,2,5 / 0
// expect: "(?:)" g "abc" => ["","","",""] / 0,1,2,3 / 0
// expect: "x" g "abc" => null /  / -1
// expect: "\\b\\w" g "one two three" => ["o","t","t"] / 0,4,8 / 0
// expect: "(.)(?=\\1)" g "aabbc" => ["a","b"] / 0,2 / 0
// expect: "^\\w" gm "ab\ncd\nef" => ["a","c","e"] / 0,3,6 / 0
// expect: "\\w$" gm "ab\ncd" => ["b","d"] / 1,4 / 1
// expect: "(?<=\\d)\\w" g "1a2b" => ["a","b"] / 1,3 / 1
// expect: "." gs "a\nb" => ["a","\n","b"] / 0,1,2 /
// expect: "[^\\x00-\\x7f]" g "caf\u00e9 na\u00efve" => ["\u00e9","\u00ef"] / 3,7 / 3
// expect: "\\p{Lu}" gu "aBcDe" => ["B","D"] / 1,3 / 1
// expect: "(a)|b" g "ab" => ["a","b"] / 0,1 / 0
// expect: "a+?" g "aaa" => ["a","a","a"] / 0,1,2 / 0
// expect: "\\u{1F600}" gu "\ud83d\ude00\ud83d\ude00" => ["\ud83d\ude00","\ud83d\ude00"] / 0,2 / 0
// expect: "\\s" g "a b\tc\nd" => [" ","\t","\n"] / 1,3,5 / 1
// expect: "[aeiou]{2}" g "queueing" => ["ue","ue"] / 1,3 / 1
// expect: "(?<=a)(?!b)" g "acab" => [""] / 1 / 1
