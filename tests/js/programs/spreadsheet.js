// A spreadsheet: cells hold numbers, strings or formulas (=A1+B2*2,
// =SUM(A1:A3), =IF(...)). Formulas are parsed once into closures; evaluation
// is lazy with memoization, dependency tracking, cycle detection and
// invalidation of dependents when a cell changes.

function colIndex(letters) {
  var n = 0;
  for (var i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n - 1;
}
function colName(i) {
  var s = "";
  i++;
  while (i > 0) { var r = (i - 1) % 26; s = String.fromCharCode(65 + r) + s; i = Math.floor((i - 1) / 26); }
  return s;
}
function splitRef(ref) {
  var k = 0;
  while (k < ref.length && ref[k] >= "A" && ref[k] <= "Z") k++;
  return { col: colIndex(ref.slice(0, k)), row: parseInt(ref.slice(k), 10) - 1 };
}

class CycleError extends Error {
  constructor(path) { super("cycle: " + path.join(" -> ")); this.name = "CycleError"; }
}

class Sheet {
  constructor() {
    this.raw = {};
    this.compiled = {};
    this.cache = {};
    this.dependents = {};
    this.evaluating = [];
    this.evaluations = 0;
  }
  set(ref, text) {
    this.raw[ref] = text;
    delete this.compiled[ref];
    this.invalidate(ref);
    return this;
  }
  invalidate(ref) {
    if (!(ref in this.cache) && !(ref in this.dependents)) return;
    delete this.cache[ref];
    var deps = this.dependents[ref] || {};
    this.dependents[ref] = {};
    for (var d in deps) this.invalidate(d);
  }
  get(ref) {
    if (ref in this.cache) return this.cache[ref];
    if (this.evaluating.indexOf(ref) >= 0) throw new CycleError(this.evaluating.slice(this.evaluating.indexOf(ref)).concat([ref]));
    this.evaluating.push(ref);
    try {
      var v = this.evaluate(ref);
      this.cache[ref] = v;
      return v;
    } finally {
      this.evaluating.pop();
    }
  }
  // Called by formulas: records that `from` depends on `ref`.
  read(from, ref) {
    (this.dependents[ref] = this.dependents[ref] || {})[from] = true;
    var v = this.get(ref);
    return v === "" ? 0 : v;
  }
  evaluate(ref) {
    this.evaluations++;
    var text = this.raw[ref];
    if (text === undefined) return "";
    if (text[0] !== "=") {
      var n = Number(text);
      return text.trim() !== "" && !isNaN(n) ? n : text;
    }
    if (!(ref in this.compiled)) this.compiled[ref] = compileFormula(text.slice(1));
    return this.compiled[ref](this, ref);
  }
  render(cols, rows) {
    var lines = [];
    for (var r = 0; r < rows; r++) {
      var cells = [];
      for (var c = 0; c < cols; c++) {
        var v;
        try { v = this.get(colName(c) + (r + 1)); } catch (e) { v = "#" + e.name; }
        if (typeof v === "number") v = Math.round(v * 100) / 100;
        var s = String(v);
        while (s.length < 8) s = " " + s;
        cells.push(s);
      }
      lines.push(cells.join(" |"));
    }
    return lines;
  }
}

// --- formula compiler: text -> function(sheet, selfRef) -------------------
function compileFormula(src) {
  var toks = [], i = 0;
  while (i < src.length) {
    var c = src[i];
    if (c === " ") { i++; continue; }
    if ((c >= "0" && c <= "9") || c === ".") {
      var s = i;
      while (i < src.length && ((src[i] >= "0" && src[i] <= "9") || src[i] === ".")) i++;
      toks.push({ t: "num", v: parseFloat(src.slice(s, i)) });
    } else if (c >= "A" && c <= "Z") {
      var s2 = i;
      while (i < src.length && ((src[i] >= "A" && src[i] <= "Z") || (src[i] >= "0" && src[i] <= "9"))) i++;
      toks.push({ t: "name", v: src.slice(s2, i) });
    } else if (c === '"') {
      var e = src.indexOf('"', i + 1);
      if (e < 0) throw new SyntaxError("unterminated string in formula");
      toks.push({ t: "str", v: src.slice(i + 1, e) });
      i = e + 1;
    } else if ("+-*/(),:<>=&".indexOf(c) >= 0) {
      toks.push({ t: c });
      i++;
    } else {
      throw new SyntaxError("bad character " + c);
    }
  }
  var p = 0;
  function peek() { return toks[p] ? toks[p].t : "end"; }
  function take(t) { if (peek() !== t) throw new SyntaxError("expected " + t + " got " + peek()); return toks[p++]; }
  function isRef(name) { var k = 0; while (k < name.length && name[k] >= "A" && name[k] <= "Z") k++; return k > 0 && k < name.length; }
  function comparison() {
    var left = additive();
    var op = peek();
    if (op === "<" || op === ">" || op === "=") {
      p++;
      var right = additive();
      return function (sh, me) {
        var a = left(sh, me), b = right(sh, me);
        return op === "<" ? a < b : op === ">" ? a > b : a === b;
      };
    }
    return left;
  }
  function additive() {
    var f = term();
    while (peek() === "+" || peek() === "-" || peek() === "&") {
      var op = toks[p++].t, g = term(), l = f;
      f = op === "+" ? (function (l, g) { return function (sh, me) { return l(sh, me) + g(sh, me); }; })(l, g)
        : op === "-" ? (function (l, g) { return function (sh, me) { return l(sh, me) - g(sh, me); }; })(l, g)
        : (function (l, g) { return function (sh, me) { return String(l(sh, me)) + String(g(sh, me)); }; })(l, g);
    }
    return f;
  }
  function term() {
    var f = unary();
    while (peek() === "*" || peek() === "/") {
      var op = toks[p++].t, g = unary(), l = f;
      f = op === "*" ? (function (l, g) { return function (sh, me) { return l(sh, me) * g(sh, me); }; })(l, g)
                     : (function (l, g) { return function (sh, me) {
                         var d = g(sh, me);
                         if (d === 0) throw new RangeError("division by zero");
                         return l(sh, me) / d;
                       }; })(l, g);
    }
    return f;
  }
  function unary() {
    if (peek() === "-") { p++; var f = unary(); return function (sh, me) { return -f(sh, me); }; }
    return primary();
  }
  function rangeRefs(a, b) {
    var x = splitRef(a), y = splitRef(b), refs = [];
    for (var r = Math.min(x.row, y.row); r <= Math.max(x.row, y.row); r++)
      for (var c = Math.min(x.col, y.col); c <= Math.max(x.col, y.col); c++) refs.push(colName(c) + (r + 1));
    return refs;
  }
  function primary() {
    var t = peek();
    if (t === "num") { var v = toks[p++].v; return function () { return v; }; }
    if (t === "str") { var sv = toks[p++].v; return function () { return sv; }; }
    if (t === "(") { p++; var inner = comparison(); take(")"); return inner; }
    if (t === "name") {
      var name = toks[p++].v;
      if (peek() === "(") {
        p++;
        var args = [];
        while (peek() !== ")") {
          if (peek() === "name" && toks[p + 1] && toks[p + 1].t === ":") {
            var from = toks[p].v; p += 2;
            var to = take("name").v;
            args.push({ range: rangeRefs(from, to) });
          } else {
            args.push({ expr: comparison() });
          }
          if (peek() === ",") p++;
        }
        take(")");
        return makeCall(name, args);
      }
      if (!isRef(name)) throw new SyntaxError("unknown name " + name);
      return function (sh, me) { return sh.read(me, name); };
    }
    throw new SyntaxError("unexpected " + t);
  }
  function values(args, sh, me) {
    var out = [];
    args.forEach(function (a) {
      if (a.range) a.range.forEach(function (r) { var v = sh.read(me, r); if (typeof v === "number") out.push(v); });
      else out.push(a.expr(sh, me));
    });
    return out;
  }
  function makeCall(name, args) {
    switch (name) {
      case "SUM": return function (sh, me) { return values(args, sh, me).reduce(function (a, b) { return a + b; }, 0); };
      case "MAX": return function (sh, me) { return Math.max.apply(null, values(args, sh, me)); };
      case "MIN": return function (sh, me) { return Math.min.apply(null, values(args, sh, me)); };
      case "AVG": return function (sh, me) { var v = values(args, sh, me); return v.reduce(function (a, b) { return a + b; }, 0) / v.length; };
      case "COUNT": return function (sh, me) { return values(args, sh, me).length; };
      case "IF": return function (sh, me) { return args[0].expr(sh, me) ? args[1].expr(sh, me) : args[2].expr(sh, me); };
    }
    throw new SyntaxError("unknown function " + name);
  }
  var fn = comparison();
  if (peek() !== "end") throw new SyntaxError("trailing " + peek());
  return fn;
}

var sh = new Sheet();
print(colName(0) + colName(25) + colName(26) + colName(701) + " " + colIndex("AA")); // expect: AZAAZZ 26
sh.set("A1", "10").set("A2", "20").set("A3", "30.5").set("A4", "=SUM(A1:A3)");
sh.set("B1", "=A1*2").set("B2", "=B1+A2").set("B3", "=AVG(A1:A3)").set("B4", "=IF(A4>50, \"big\", \"small\")");
sh.set("C1", "label").set("C2", "=C1 & \"-\" & A1").set("C3", "=MAX(A1:B2) - MIN(A1:A3)").set("C4", "=COUNT(A1:C3)");
print(sh.get("A4")); // expect: 60.5
print(sh.get("B2")); // expect: 40
print(sh.get("B3").toFixed(3)); // expect: 20.167
print(sh.get("B4")); // expect: big
print(sh.get("C2")); // expect: label-10
print(sh.get("C3")); // expect: 30
print(sh.get("C4")); // expect: 7
var before = sh.evaluations;
sh.get("A4"); sh.get("C3");
print(sh.evaluations - before); // expect: 0
sh.set("A1", "100");
print(sh.get("A4") + " " + sh.get("B2") + " " + sh.get("B4") + " " + sh.get("C2")); // expect: 150.5 220 big label-100
sh.set("A1", "1").set("A2", "2").set("A3", "3");
print(sh.get("B4")); // expect: small
sh.render(3, 4).forEach(function (l) { print(l); });
// expect:        1 |       2 |   label
// expect:        2 |       4 | label-1
// expect:        3 |       2 |       3
// expect:        6 |   small |       7

sh.set("D1", "=D2+1").set("D2", "=D3+1").set("D3", "=D1+1");
try { sh.get("D1"); } catch (e) { print(e.message); } // expect: cycle: D1 -> D2 -> D3 -> D1
sh.set("D3", "5");
print(sh.get("D1")); // expect: 7
sh.set("E1", "=A1/(A2-2)");
try { sh.get("E1"); } catch (e) { print(e.name + ": " + e.message); } // expect: RangeError: division by zero
["=1+", "=FOO(1)", "=A1 $ 2", "=\"open"].forEach(function (f) {
  sh.set("F1", f);
  try { sh.get("F1"); print("ok?"); } catch (e) { print(e.name + ": " + e.message); }
});
// expect: SyntaxError: unexpected end
// expect: SyntaxError: unknown function FOO
// expect: SyntaxError: bad character $
// expect: SyntaxError: unterminated string in formula

// A long dependency chain: each cell adds one to the previous.
var chain = new Sheet();
chain.set("A1", "0");
for (var r = 2; r <= 200; r++) chain.set("A" + r, "=A" + (r - 1) + "+1");
print(chain.get("A200")); // expect: 199
chain.set("A1", "1000");
print(chain.get("A200")); // expect: 1199
print(chain.get("A100")); // expect: 1099
