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
["a*", "", "aaab"], ["a+", "", "baaa"], ["a?", "", "aa"], ["a{2}", "", "aaaa"],
["a{2,}", "", "aaaaa"], ["a{1,3}", "", "aaaaa"], ["a{0}", "", "aaa"], ["a{,2}", "", "a{,2}"],
["a{2,1", "", "a{2,1"], ["(ab)+", "", "ababab"], ["(a|b)*c", "", "abbac"], ["[ab]{2,3}", "", "babab"],
["x*y*z*", "", "xxzz"], ["(a*)*", "", "aaa"], ["(a*)+", "", "b"], ["(a|ab)(c|bcd)(d*)", "", "abcd"],
[".*foo", "", "xfooyfoo"], ["a.*b", "", "a1b2b3"], ["\\d{3}-\\d{4}", "", "call 555-1234 now"], ["(?:a{2})*", "", "aaaaa"],
["(a{0,2}){2}", "", "aaa"], ["((a)|b)+", "", "ab"], ["(z)((a+)?(b+)?(c))*", "", "zaacbbbcac"], ["^(a+)\\1*,\\1+$", "", "aaaaaaaaaa,aaaaaaaaaaaaaaa"],
["a{3}?", "", "aaaa"], ["(a+)+b", "", "aaaaaaaaaaaaaaaab"]
]);
// expect: "a*"  "aaab" => ["aaa"]@0
// expect: "a+"  "baaa" => ["aaa"]@1
// expect: "a?"  "aa" => ["a"]@0
// expect: "a{2}"  "aaaa" => ["aa"]@0
// expect: "a{2,}"  "aaaaa" => ["aaaaa"]@0
// expect: "a{1,3}"  "aaaaa" => ["aaa"]@0
// expect: "a{0}"  "aaa" => [""]@0
// expect: "a{,2}"  "a{,2}" => ["a{,2}"]@0
// expect: "a{2,1"  "a{2,1" => ["a{2,1"]@0
// expect: "(ab)+"  "ababab" => ["ababab","ab"]@0
// expect: "(a|b)*c"  "abbac" => ["abbac","a"]@0
// expect: "[ab]{2,3}"  "babab" => ["bab"]@0
// expect: "x*y*z*"  "xxzz" => ["xxzz"]@0
// expect: "(a*)*"  "aaa" => ["aaa","aaa"]@0
// expect: "(a*)+"  "b" => ["",""]@0
// expect: "(a|ab)(c|bcd)(d*)"  "abcd" => ["abcd","a","bcd",""]@0
// expect: ".*foo"  "xfooyfoo" => ["xfooyfoo"]@0
// expect: "a.*b"  "a1b2b3" => ["a1b2b"]@0
// expect: "\\d{3}-\\d{4}"  "call 555-1234 now" => ["555-1234"]@5
// expect: "(?:a{2})*"  "aaaaa" => ["aaaa"]@0
// expect: "(a{0,2}){2}"  "aaa" => ["aaa","a"]@0
// expect: "((a)|b)+"  "ab" => ["ab","b",<u>]@0
// expect: "(z)((a+)?(b+)?(c))*"  "zaacbbbcac" => ["zaacbbbcac","z","ac","a",<u>,"c"]@0
// expect: "^(a+)\\1*,\\1+$"  "aaaaaaaaaa,aaaaaaaaaaaaaaa" => ["aaaaaaaaaa,aaaaaaaaaaaaaaa","aaaaa"]@0
// expect: "a{3}?"  "aaaa" => ["aaa"]@0
// expect: "(a+)+b"  "aaaaaaaaaaaaaaaab" => ["aaaaaaaaaaaaaaaab","aaaaaaaaaaaaaaaa"]@0
