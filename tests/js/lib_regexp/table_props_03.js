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
run([["\\p{Emoji_Modifier}", "u", "\ud83c\udffb"], ["\\p{EBase}", "u", "\ud83d\udc4d"], ["\\p{ExtPict}", "u", "\u00a9"], ["\\p{EComp}", "u", "#"],
["\\p{RI}{2}", "u", "\ud83c\uddfa\ud83c\uddf8"], ["\\p{Ideo}", "u", "\u3007"], ["\\p{UIdeo}", "u", "\u3007\u4e00"], ["\\p{ID_Start}+", "u", "1a\u2118b"],
["\\p{IDC}+", "u", "a1_\u00b7"], ["\\p{XIDS}", "u", "\u037a"], ["\\p{Lower}+", "u", "A\u00aa\u02b0b"], ["\\p{Upper}", "u", "a\u2160"],
["\\p{Math}+", "u", "a+\u2200="], ["\\p{Dash}", "u", "a\u2e3a"], ["\\p{QMark}+", "u", "\"\u00ab\u2018"], ["\\p{Pat_WS}+", "u", "a\u200e\u0085"],
["\\p{Pat_Syn}", "u", "a~"], ["\\p{NChar}", "u", "\ufdd0"], ["\\p{VS}", "u", "a\ufe0f"], ["\\p{Join_C}", "u", "\u200c"],
["\\p{DI}", "u", "a\u00ad"], ["\\p{Dep}", "u", "\u0149"], ["\\p{Dia}", "u", "^"], ["\\p{Ext}", "u", "\u00b7"],
["\\p{Gr_Ext}", "u", "a\u0300"], ["\\p{Gr_Base}", "u", "\u0300a"], ["\\p{CWU}", "u", "Aa"], ["\\p{CWL}", "u", "aA"]
]);
// expect: "\\p{Emoji_Modifier}" u "\ud83c\udffb" => ["\ud83c\udffb"]@0
// expect: "\\p{EBase}" u "\ud83d\udc4d" => ["\ud83d\udc4d"]@0
// expect: "\\p{ExtPict}" u "\u00a9" => ["\u00a9"]@0
// expect: "\\p{EComp}" u "#" => ["#"]@0
// expect: "\\p{RI}{2}" u "\ud83c\uddfa\ud83c\uddf8" => ["\ud83c\uddfa\ud83c\uddf8"]@0
// expect: "\\p{Ideo}" u "\u3007" => ["\u3007"]@0
// expect: "\\p{UIdeo}" u "\u3007\u4e00" => ["\u4e00"]@1
// expect: "\\p{ID_Start}+" u "1a\u2118b" => ["a\u2118b"]@1
// expect: "\\p{IDC}+" u "a1_\u00b7" => ["a1_\u00b7"]@0
// expect: "\\p{XIDS}" u "\u037a" => null
// expect: "\\p{Lower}+" u "A\u00aa\u02b0b" => ["\u00aa\u02b0b"]@1
// expect: "\\p{Upper}" u "a\u2160" => ["\u2160"]@1
// expect: "\\p{Math}+" u "a+\u2200=" => ["+\u2200="]@1
// expect: "\\p{Dash}" u "a\u2e3a" => ["\u2e3a"]@1
// expect: "\\p{QMark}+" u "\"\u00ab\u2018" => ["\"\u00ab\u2018"]@0
// expect: "\\p{Pat_WS}+" u "a\u200e\u0085" => ["\u200e\u0085"]@1
// expect: "\\p{Pat_Syn}" u "a~" => ["~"]@1
// expect: "\\p{NChar}" u "\ufdd0" => ["\ufdd0"]@0
// expect: "\\p{VS}" u "a\ufe0f" => ["\ufe0f"]@1
// expect: "\\p{Join_C}" u "\u200c" => ["\u200c"]@0
// expect: "\\p{DI}" u "a\u00ad" => ["\u00ad"]@1
// expect: "\\p{Dep}" u "\u0149" => ["\u0149"]@0
// expect: "\\p{Dia}" u "^" => ["^"]@0
// expect: "\\p{Ext}" u "\u00b7" => ["\u00b7"]@0
// expect: "\\p{Gr_Ext}" u "a\u0300" => ["\u0300"]@1
// expect: "\\p{Gr_Base}" u "\u0300a" => ["a"]@1
// expect: "\\p{CWU}" u "Aa" => ["a"]@1
// expect: "\\p{CWL}" u "aA" => ["A"]@1
