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
["(?<=\\$)\\d+", "", "cost $42"], ["(?<!\\$)\\d+", "", "$42 17"], ["(?<=a)b", "", "abcb"], ["(?<=(a+))b", "", "aaab"],
["(?<=(\\d)(\\d))x", "", "12x"], ["(?<=\\1(a))b", "", "aab"], ["(?<=^|,)\\w", "", "a,b"], ["(?<!^)x", "",