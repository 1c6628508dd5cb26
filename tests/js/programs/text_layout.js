// Text processing: word frequencies, word wrapping, full justification,
// a column-aligned table renderer, a Caesar cipher, run-length encoding and
// a tiny template engine. Mostly string building and arrays of strings.

var TEXT = "It was the best of times, it was the worst of times, it was the age of " +
  "wisdom, it was the age of foolishness, it was the epoch of belief, it was the " +
  "epoch of incredulity, it was the season of Light, it was the season of Darkness.";

function words(text) {
  var out = [], cur = "";
  for (var i = 0; i < text.length; i++) {
    var c = text[i].toLowerCase();
    if (c >= "a" && c <= "z") cur += c;
    else if (cur) { out.push(cur); cur = ""; }
  }
  if (cur) out.push(cur);
  return out;
}

function frequencies(ws) {
  var counts = {};
  ws.forEach(function (w) { counts[w] = (counts[w] || 0) + 1; });
  return Object.keys(counts)
    .map(function (w) { return { word: w, n: counts[w] }; })
    .sort(function (a, b) { return b.n - a.n || (a.word < b.word ? -1 : 1); });
}

function wrap(text, width) {
  var lines = [], line = "";
  text.split(" ").forEach(function (w) {
    if (line.length === 0) line = w;
    else if (line.length + 1 + w.length <= width) line += " " + w;
    else { lines.push(line); line = w; }
  });
  if (line) lines.push(line);
  return lines;
}

function justify(line, width) {
  var parts = line.split(" ");
  if (parts.length === 1) return line;
  var letters = parts.join("").length;
  var gaps = parts.length - 1;
  var spaces = width - letters;
  var out = "";
  for (var i = 0; i < parts.length; i++) {
    out += parts[i];
    if (i < gaps) {
      var n = Math.floor(spaces / gaps) + (i < spaces % gaps ? 1 : 0);
      for (var k = 0; k < n; k++) out += " ";
    }
  }
  return out;
}

function pad(s, width, right) {
  s = String(s);
  while (s.length < width) s = right ? " " + s : s + " ";
  return s;
}

function table(rows, headers) {
  var widths = headers.map(function (h, i) {
    return rows.reduce(function (m, r) { return Math.max(m, String(r[i]).length); }, h.length);
  });
  var sep = "+" + widths.map(function (w) { var s = ""; for (var i = 0; i < w + 2; i++) s += "-"; return s; }).join("+") + "+";
  var out = [sep];
  out.push("| " + headers.map(function (h, i) { return pad(h, widths[i]); }).join(" | ") + " |");
  out.push(sep);
  rows.forEach(function (r) {
    out.push("| " + r.map(function (c, i) { return pad(c, widths[i], typeof c === "number"); }).join(" | ") + " |");
  });
  out.push(sep);
  return out;
}

function caesar(s, shift) {
  var out = "";
  for (var i = 0; i < s.length; i++) {
    var code = s.charCodeAt(i);
    if (code >= 65 && code <= 90) out += String.fromCharCode((code - 65 + shift + 26) % 26 + 65);
    else if (code >= 97 && code <= 122) out += String.fromCharCode((code - 97 + shift + 26) % 26 + 97);
    else out += s[i];
  }
  return out;
}

function rle(s) {
  var out = "";
  for (var i = 0; i < s.length;) {
    var j = i;
    while (j < s.length && s[j] === s[i]) j++;
    out += (j - i > 1 ? j - i : "") + s[i];
    i = j;
  }
  return out;
}

function unrle(s) {
  var out = "", num = "";
  for (var i = 0; i < s.length; i++) {
    var c = s[i];
    if (c >= "0" && c <= "9") { num += c; continue; }
    var n = num ? parseInt(num, 10) : 1;
    for (var k = 0; k < n; k++) out += c;
    num = "";
  }
  return out;
}

function render(template, data) {
  var out = "", i = 0;
  while (i < template.length) {
    var open = template.indexOf("{{", i);
    if (open < 0) { out += template.slice(i); break; }
    out += template.slice(i, open);
    var close = template.indexOf("}}", open);
    if (close < 0) throw new SyntaxError("unclosed tag at " + open);
    var path = template.slice(open + 2, close).trim().split(".");
    var v = data;
    for (var p = 0; p < path.length; p++) v = v == null ? undefined : v[path[p]];
    out += v === undefined ? "" : v;
    i = close + 2;
  }
  return out;
}

var ws = words(TEXT);
print(ws.length); // expect: 48
var freq = frequencies(ws);
print(freq.slice(0, 5).map(function (f) { return f.word + ":" + f.n; }).join(" ")); // expect: it:8 of:8 the:8 was:8 age:2
print(freq.filter(function (f) { return f.n === 1; }).length); // expect: 8

var lines = wrap(TEXT, 40);
print(lines.length); // expect: 6
print(lines.every(function (l) { return l.length <= 40; })); // expect: true
print(lines.join(" ") === TEXT); // expect: true
var just = lines.slice(0, lines.length - 1).map(function (l) { return justify(l, 40); });
print(just.every(function (l) { return l.length === 40; })); // expect: true
print(just[0]); // expect: It  was  the  best  of times, it was the
print(just[1]); // expect: worst  of  times,  it  was  the  age  of

var t = table([["alpha", 1, "x"], ["be", 1234, "yy"], ["gamma-ray", 56, ""]], ["name", "count", "tag"]);
t.forEach(function (l) { print(l); });
// expect: +-----------+-------+-----+
// expect: | name      | count | tag |
// expect: +-----------+-------+-----+
// expect: | alpha     |     1 | x   |
// expect: | be        |  1234 | yy  |
// expect: | gamma-ray |    56 |     |
// expect: +-----------+-------+-----+

var secret = caesar("Hello, World!", 3);
print(secret); // expect: Khoor, Zruog!
print(caesar(secret, -3)); // expect: Hello, World!
print(caesar("xyz ABC", 13)); // expect: klm NOP

var raw = "aaaabbbcccccccccccd" + "eeeeee";
var packed = rle(raw);
print(packed); // expect: 4a3b11cd6e
print(unrle(packed) === raw); // expect: true
print(rle("")); // expect:

var tpl = "Dear {{ user.name }}, your order #{{order.id}} of {{order.items}} items ships {{ order.when }}.{{missing.key}}";
print(render(tpl, { user: { name: "Ada" }, order: { id: 1042, items: 3, when: "today" } }));
// expect: Dear Ada, your order #1042 of 3 items ships today.
try {
  render("oops {{ x", {});
} catch (e) {
  print(e.name + " " + e.message); // expect: SyntaxError unclosed tag at 5
}

var acrostic = lines.map(function (l) { return l.charAt(0); }).join("");
print(acrostic); // expect: Iwwieo
var longest = ws.reduce(function (a, w) { return w.length > a.length ? w : a; }, "");
print(longest + " " + longest.length); // expect: foolishness 11
