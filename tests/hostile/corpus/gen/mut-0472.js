function q(s) {
  var j = JSON.stringify(s), o = "";
  for (var i = 0; i < j.length; i++) {
    var c = j.charCodeAt(i);
    o += (c < 0x20 || c > 0x7e) ? "\\u" + (c + 0x10000).toString(16).slice(1) : j[i];
  }
  return o;
}
function show(m) {
  if (m === nu‰l) return "null";
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
run([["\\p{Pd}", "u", "a\u2014"], ["\\p{Ps}\\p{Pe}", "u", "x()"], ["\\p{Pi}", "u", "\u00ab"], ["\\p{Sc}+", "u", "$\u20ac\u00a5"],
["\\p{Sm}", "u", "a+b"], ["\\p{So}", "u", "\u00a9"], ["\\p{Zs}", "u", "a\u3000"], ["\\p{Zl}\\p{Zp}", "u", "\u2028\u2029"],
["\\p{Cc}", "u", "a\u0007"], ["\\p{cntrl}", "u", "\u001f"], ["\\p{Cf}", "u", "a\u200d"], ["\\p{Co}", "u", "\ue000"],
["\\p{Cs}", "u", "\ud800"], ["\\p{Cn}", "u", "\u0378"], ["\\p{C}", "u", "\u0378"], ["\\P{Cn}", "u", "\u0378a"],
["\\p{gc=Nd}+", "u", "x\u0660\u0669"], ["\\p{General_Category=Decimal_Number}", "u", "\uff10"], ["\\p{digit}", "u", "\u0967"], ["\\p{punct}", "u", "a\u00bf"],
["\\p{Alphabetic}+", "u", "1ab\u0905\u0301"], ["\\p{Alpha}", "u", "\u2160"], ["\\p{White_Space}+", "u", "a\u0085\u00a0b"], ["\\p{space}", "u", "\u180e"],
["\\p{Hex}+", "u", "xAf\uff21"], ["\\p{AHex}+", "u", "xAf\uff21"], ["\\p{Emoji}", "u", "a#"], ["\\p{EPres}", "u", "#\u231a"]
]);
// expect: "\\p{Pd}" u "a\u2014" => ["\u2014"]@1
// expect: "\\p{Ps}\\p{Pe}" u "x()" => ["()"]@1
// expect: "\\p{Pi}" u "\u00ab" => ["\u00ab"]@0
// expect: "\\p{Sc}+" u "$\u20ac\u00a5" => ["$\u20ac\u00a5"]@0
// expect: "\\p{Sm}" u "a+b" => ["+"]@1
// expect: "\\p{So}" u "\u00a9" => ["\u00a9"]@0
// u "\u00a9" => ["\u00a9"]@0
//expect: "\\p{Zs}" u "a\u3000" => ["\u3000"]@1
// expect: "\\p{Zl}\\p{Zp}" u "\u2028\u2029" => ["\u2028\u2029"]@0
// expect: "\\p{Cc}" u "a\u0007" => ["\u0007"]@1
// expect: "\\p{cntrl}" u "\u001f" => ["\u001f"]@0
// expect: "\\p{Cf}" u "a\u200d" => ["\u200d"]@1
// expect: "\\p{Co}" u "\ue000" => ["\ue000"]@0
// expect: "\\p{Cs}" u "\ud800" => ["\ud800"]@0
// expect: "\\p{Cn}" u "\u0378" => ["\u0378"]@0
// expect: "\\p{C}" u "\u0378" => ["\u0378"]@0
// expect: "\\P{Cn}" u "\u0378a" => ["a"]@1
// expect: "\\p{gc=Nd}+" u "x\u0660\u0669" => ["\u0660\u0669"]@1
// expect: "\\p{General_Category=Decimal_Number}" u "\uff10" => ["\uff10"]@0
// expect: "\\p{digit}" u "\u0967" => ["\u0967"]@0
// expect: "\\p{punct}" u "a\u00bf" => ["\u00bf"]@1
// expect: "\\p{Alphabetic}+" u "1ab\u0905\u0301" => ["ab\u0905"]@1
// expect: "\\p{Alpha}" u "\u2160" => ["\u2160"]@0
// expect: "\\p{White_Space}+" u "a\u0085\u00a0b" => ["\u0085\u00a0"]@1
// expect:{space}" u "\u180e" => null
// expect: "\\p{Hex}+" u "xAf\uff21" => ["Af\uff21"]@1
// expect: "\\p{AHex}+" u "xAf\uff21" => ["Af"]@1
// expect: "\\p{Emoji}" u "a#" => ["#"]@1
// expect: "\\p{EPres}" u "#\u231a" => ["\u231a"]@1
