// A JSON parser and serializer written in JavaScript, checked against the
// builtin JSON object on generated documents: recursive descent over a
// string, escape handling, number grammar, error positions, and pretty
// printing with indentation.

class JsonSyntaxError extends SyntaxError {
  constructor(msg, pos) {
    super(msg + " at position " + pos);
    this.name = "JsonSyntaxError";
    this.pos = pos;
  }
}

function parse(text) {
  var i = 0;
  function fail(msg) { throw new JsonSyntaxError(msg, i); }
  function ws() {
    while (i < text.length) {
      var c = text[i];
      if (c === " " || c === "\t" || c === "\n" || c === "\r") i++;
      else break;
    }
  }
  function expect(ch) {
    if (text[i] !== ch) fail("expected '" + ch + "'");
    i++;
  }
  function value() {
    ws();
    var c = text[i];
    if (c === "{") return object();
    if (c === "[") return array();
    if (c === '"') return string();
    if (c === "-" || (c >= "0" && c <= "9")) return number();
    if (text.slice(i, i + 4) === "true") { i += 4; return true; }
    if (text.slice(i, i + 5) === "false") { i += 5; return false; }
    if (text.slice(i, i + 4) === "null") { i += 4; return null; }
    fail(c === undefined ? "unexpected end" : "unexpected '" + c + "'");
  }
  function object() {
    var o = {};
    expect("{");
    ws();
    if (text[i] === "}") { i++; return o; }
    for (;;) {
      ws();
      if (text[i] !== '"') fail("expected key");
      var k = string();
      ws();
      expect(":");
      o[k] = value();
      ws();
      if (text[i] === ",") { i++; continue; }
      expect("}");
      return o;
    }
  }
  function array() {
    var a = [];
    expect("[");
    ws();
    if (text[i] === "]") { i++; return a; }
    for (;;) {
      a.push(value());
      ws();
      if (text[i] === ",") { i++; continue; }
      expect("]");
      return a;
    }
  }
  function string() {
    expect('"');
    var out = "";
    for (;;) {
      if (i >= text.length) fail("unterminated string");
      var c = text[i++];
      if (c === '"') return out;
      if (c === "\\") {
        var e = text[i++];
        switch (e) {
          case '"': out += '"'; break;
          case "\\": out += "\\"; break;
          case "/": out += "/"; break;
          case "b": out += "\b"; break;
          case "f": out += "\f"; break;
          case "n": out += "\n"; break;
          case "r": out += "\r"; break;
          case "t": out += "\t"; break;
          case "u": {
            var hex = text.slice(i, i + 4);
            for (var h = 0; h < 4; h++) if ("0123456789abcdefABCDEF".indexOf(hex[h] || "x") < 0) fail("bad unicode escape");
            out += String.fromCharCode(parseInt(hex, 16));
            i += 4;
            break;
          }
          default: i--; fail("bad escape");
        }
      } else if (c.charCodeAt(0) < 0x20) {
        i--;
        fail("control character in string");
      } else {
        out += c;
      }
    }
  }
  function digits() {
    var s = i;
    while (text[i] >= "0" && text[i] <= "9") i++;
    if (s === i) fail("expected digit");
  }
  function number() {
    var start = i;
    if (text[i] === "-") i++;
    if (text[i] === "0") i++;
    else digits();
    if (text[i] === ".") { i++; digits(); }
    if (text[i] === "e" || text[i] === "E") {
      i++;
      if (text[i] === "+" || text[i] === "-") i++;
      digits();
    }
    return Number(text.slice(start, i));
  }
  var v = value();
  ws();
  if (i !== text.length) fail("trailing characters");
  return v;
}

function quote(s) {
  var out = '"';
  for (var i = 0; i < s.length; i++) {
    var c = s[i], code = s.charCodeAt(i);
    if (c === '"') out += '\\"';
    else if (c === "\\") out += "\\\\";
    else if (c === "\n") out += "\\n";
    else if (c === "\r") out += "\\r";
    else if (c === "\t") out += "\\t";
    else if (c === "\b") out += "\\b";
    else if (c === "\f") out += "\\f";
    else if (code < 0x20) out += "\\u" + ("0000" + code.toString(16)).slice(-4);
    else out += c;
  }
  return out + '"';
}

function stringify(v, indent, depth) {
  depth = depth || 0;
  var pad = "", inner = "";
  if (indent) {
    for (var p = 0; p < depth; p++) pad += indent;
    inner = pad + indent;
  }
  var nl = indent ? "\n" : "";
  if (v === null) return "null";
  switch (typeof v) {
    case "boolean": return String(v);
    case "number": return isFinite(v) ? String(v) : "null";
    case "string": return quote(v);
    case "object": {
      if (Array.isArray(v)) {
        if (v.length === 0) return "[]";
        var items = v.map(function (x) {
          var s = stringify(x, indent, depth + 1);
          return inner + (s === undefined ? "null" : s);
        });
        return "[" + nl + items.join("," + nl) + nl + pad + "]";
      }
      var parts = [];
      Object.keys(v).forEach(function (k) {
        var s = stringify(v[k], indent, depth + 1);
        if (s !== undefined) parts.push(inner + quote(k) + (indent ? ": " : ":") + s);
      });
      if (parts.length === 0) return "{}";
      return "{" + nl + parts.join("," + nl) + nl + pad + "}";
    }
  }
  return undefined;
}

// --- generated documents ------------------------------------------------------
var seed = 31337;
function rnd(n) { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; }
var pieces = ["a", "b", "\"", "\\", "\n", "\t", "\u00e9", "\u2603", "/", " ", "\u0001", "xyz"];
function genString() { var s = ""; for (var k = rnd(6); k > 0; k--) s += pieces[rnd(pieces.length)]; return s; }
function gen(depth) {
  switch (depth > 3 ? rnd(4) : rnd(7)) {
    case 0: return rnd(2000) - 1000;
    case 1: return (rnd(1000000) - 500000) / 1000;
    case 2: return genString();
    case 3: return [true, false, null][rnd(3)];
    case 4: case 5: {
      var o = {};
      for (var k = rnd(4); k >= 0; k--) o[genString() + k] = gen(depth + 1);
      return o;
    }
    default: {
      var a = [];
      for (var j = rnd(5); j > 0; j--) a.push(gen(depth + 1));
      return a;
    }
  }
}

var agreeParse = 0, agreeStringify = 0, agreePretty = 0, docs = 60;
for (var d = 0; d < docs; d++) {
  var doc = gen(0);
  var builtinText = JSON.stringify(doc);
  var ourText = stringify(doc);
  if (ourText === builtinText) agreeStringify++;
  else print("stringify differs: " + ourText + " vs " + builtinText);
  if (JSON.stringify(parse(builtinText)) === builtinText) agreeParse++;
  if (stringify(doc, "  ") === JSON.stringify(doc, null, 2)) agreePretty++;
}
print(agreeStringify + "/" + docs); // expect: 60/60
print(agreeParse + "/" + docs); // expect: 60/60
print(agreePretty + "/" + docs); // expect: 60/60

print(stringify({ a: [1, { b: null }], c: "q\"" }, "  "));
// expect: {
// expect:   "a": [
// expect:     1,
// expect:     {
// expect:       "b": null
// expect:     }
// expect:   ],
// expect:   "c": "q\""
// expect: }

var bad = ["{\"a\" 1}", "[1,,2]", "\"abc", "tru", "[1] x", "{\"a\":\"\\q\"}", "01", "-", "\"\\u12G4\"", ""];
bad.forEach(function (t) {
  var ours, theirs;
  try { parse(t); ours = "accepted"; } catch (e) { ours = e instanceof SyntaxError ? e.message : "wrong type " + e; }
  try { JSON.parse(t); theirs = "accepted"; } catch (e) { theirs = e instanceof SyntaxError ? "rejected" : "wrong type"; }
  print(theirs + " | " + ours);
});
// expect: rejected | expected ':' at position 5
// expect: rejected | unexpected ',' at position 3
// expect: rejected | unterminated string at position 4
// expect: rejected | unexpected 't' at position 0
// expect: rejected | trailing characters at position 4
// expect: rejected | bad escape at position 7
// expect: rejected | trailing characters at position 1
// expect: rejected | expected digit at position 1
// expect: rejected | bad unicode escape at position 3
// expect: rejected | unexpected end at position 0

var big = [];
for (var b = 0; b < 300; b++) big.push({ id: b, name: "n" + b, tags: ["t" + (b % 7)], score: b / 8 });
var bigText = stringify(big);
print(bigText === JSON.stringify(big)); // expect: true
print(parse(bigText)[299].score); // expect: 37.375
print(bigText.length); // expect: 15600
