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
["\\p{Cntrl}", "u", ""], ["\\p{Digit}", "u", ""], ["\\p{sc=NKo}", "u", ""], ["\\p{Script=}", "u", ""],
["\\p{=Latn}", "u", ""], ["\\p{gc=Greek}", "u", ""], ["\\p{sc=Lu}", "u", ""], ["\\p{lu}", "u", ""],
["\\p{ Lu}", "u", ""], ["\\p{Lu }", "u", ""], ["\\p{General_Category}", "u", ""], ["\\p{Script}", "u", ""],
["\\p{ASCII=Y}", "u", ""], ["\\p{Block=Basic_Latin}", "u", ""], ["\\p{InBasicLatin}", "u", ""], ["\\p{IsLatin}", "u", ""],
["\\p{Alphabetic=Yes}", "u", ""], ["\\p{scx=}", "u", ""], ["\\p{Emoji_Keycap_Sequence}", "u", ""], ["\\p{L}", "", "p{L}"],
["\\P{L}", "", "P{L}"], ["\\p{sc=latin}", "u", ""], ["\\p{Letter}", "u", "\u01c5"], ["\\p{Script_Extensions=Latin}", "u", "\u0363"]
]);
// expect: "\\p{Cntrl}" u "" => SyntaxError
// expect: "\\p{Digit}" u "" => SyntaxError
// expect: "\\p{sc=NKo}" u "" => SyntaxError
// expect: "\\p{Script=}" u "" => SyntaxError
// expect: "\\p{=Latn}" u "" => SyntaxError
// expect: "\\p{gc=Greek}" u "" => SyntaxError
// expect: "\\p{sc=Lu}" u "" => SyntaxError
// expect: "\\p{lu}" u "" => SyntaxError
// expect: "\\p{ Lu}" u "" => SyntaxError
// expect: "\\p{Lu }" u "" => SyntaxError
// expect: "\\p{General_Category}" u "" => SyntaxError
// expect: "\\p{Script}" u "" => SyntaxError
// expect: "\\p{ASCII=Y}" u "" => SyntaxError
// expect: "\\p{Block=Basic_Latin}" u "" => SyntaxError
// expect: "\\p{InBasicLatin}" u "" => SyntaxError
// expect: "\\p{IsLatin}" u "" => SyntaxError
// expect: "\\p{Alphabetic=Yes}" u "" => SyntaxError
// expect: "\\p{scx=}" u "" => SyntaxError
// expect: "\\p{Emoji_Keycap_Sequence}" u "" => SyntaxError
// expect: "\\p{L}"  "p{L}" => ["p{L}"]@0
// expect: "\\P{L}"  "P{L}" => ["P{L}"]@0
// expect: "\\p{sc=latin}" u "" => SyntaxError
// expect: "\\p{Letter}" u "\u01c5" => ["\u01c5"]@0
// expect: "\\p{Script_Extensions=Latin}" u "\u0363" => ["\u0363"]@0
