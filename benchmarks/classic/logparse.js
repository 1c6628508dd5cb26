// logparse — RegExp: parse a generated web-server access log and tokenize a
// generated expression language. Written for tierlab.
//
// run() builds LINES log lines from a seeded generator that also records the
// truth (per-status counts, bytes per path, the number of slow requests),
// then parses the text back with regular expressions (named groups, a global
// split into lines, replace with a function, test) and checks every total
// against the generator's. A sticky tokenizer then reads EXPRS generated
// arithmetic expressions back into tokens and checks the token count and the
// sum of the numeric literals.

var LINES = 2500;
var EXPRS = 600;

function Rng(seed) { this.s = seed; }
Rng.prototype.next = function (n) {
  this.s = (this.s * 1103515245 + 12345) % 2147483648;
  return this.s % n;
};

var METHODS = ["GET", "POST", "PUT", "DELETE"];
var PATHS = ["/", "/index.html", "/api/users", "/api/orders", "/static/app.js", "/img/logo.png", "/search"];
var STATUSES = [200, 200, 200, 301, 304, 404, 500];
var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function pad2(n) { return n < 10 ? "0" + n : "" + n; }

function generateLog(rng, truth) {
  var lines = [];
  for (var i = 0; i < LINES; i++) {
    var ip = (10 + rng.next(200)) + "." + rng.next(256) + "." + rng.next(256) + "." + (1 + rng.next(254));
    var method = METHODS[rng.next(METHODS.length)];
    var path = PATHS[rng.next(PATHS.length)];
    var query = rng.next(3) === 0 ? "?q=" + rng.next(1000) + "&page=" + rng.next(9) : "";
    var status = STATUSES[rng.next(STATUSES.length)];
    var bytes = status === 304 ? 0 : 100 + rng.next(50000);
    var ms = rng.next(900);
    var stamp = pad2(1 + rng.next(28)) + "/" + MONTHS[rng.next(12)] + "/2024:" +
                pad2(rng.next(24)) + ":" + pad2(rng.next(60)) + ":" + pad2(rng.next(60)) + " +0000";
    lines.push(ip + " - - [" + stamp + "] \"" + method + " " + path + query + " HTTP/1.1\" " +
               status + " " + (bytes === 0 ? "-" : bytes) + " " + ms + "ms");
    truth.status[status] = (truth.status[status] || 0) + 1;
    truth.bytes[path] = (truth.bytes[path] || 0) + bytes;
    if (ms >= 500) truth.slow++;
    if (query) truth.queries++;
  }
  return lines.join("\n") + "\n";
}

var LINE_RE = /^(?<ip>\d{1,3}(?:\.\d{1,3}){3}) - - \[(?<day>\d\d)\/(?<mon>[A-Z][a-z]{2})\/(?<year>\d{4}):(?<time>\d\d:\d\d:\d\d) [+-]\d{4}\] "(?<method>[A-Z]+) (?<path>[^ ?"]+)(?<query>\?[^ "]*)? HTTP\/1\.[01]" (?<status>\d{3}) (?<bytes>\d+|-) (?<ms>\d+)ms$/;

function parseLog(text) {
  var got = { status: {}, bytes: {}, slow: 0, queries: 0, params: 0 };
  var lines = text.split(/\r?\n/);
  for (var i = 0; i < lines.length; i++) {
    var line = lines[i];
    if (line === "") continue;
    var m = LINE_RE.exec(line);
    if (m === null) throw new Error("logparse: line " + i + " does not parse: " + line);
    var g = m.groups;
    got.status[g.status] = (got.status[g.status] || 0) + 1;
    var b = g.bytes === "-" ? 0 : parseInt(g.bytes, 10);
    got.bytes[g.path] = (got.bytes[g.path] || 0) + b;
    if (/^[5-9]\d\d$/.test(g.ms)) got.slow++;
    if (g.query !== undefined) {
      got.queries++;
      g.query.replace(/[?&]([a-z]+)=(\d+)/g, function (all, key, val) { got.params++; return all; });
    }
  }
  // anonymize: the last octet of every address, checked by a global match
  var anon = text.replace(/^(\d+\.\d+\.\d+)\.\d+/gm, "$1.x");
  var xs = anon.match(/\.x - -/g);
  if (xs === null || xs.length !== LINES) throw new Error("logparse: anonymized " + (xs ? xs.length : 0));
  return got;
}

function generateExprs(rng, truth) {
  var ops = ["+", "-", "*", "/", "%"];
  var out = [];
  for (var i = 0; i < EXPRS; i++) {
    var n = 3 + rng.next(6), parts = [];
    for (var k = 0; k < n; k++) {
      if (k > 0) { parts.push(ops[rng.next(ops.length)]); truth.tokens++; }
      if (rng.next(2) === 0) {
        var v = rng.next(100000);
        parts.push(String(v)); truth.sum += v;
      } else {
        parts.push("v" + rng.next(50) + (rng.next(2) ? "_x" : ""));
      }
      truth.tokens++;
      if (rng.next(5) === 0) { parts[parts.length - 1] = "(" + parts[parts.length - 1] + ")"; truth.tokens += 2; }
    }
    out.push(parts.join(rng.next(2) ? " " : "  "));
  }
  return out.join(";\n");
}

var TOKEN_RE = /\s*(?:(\d+(?:\.\d+)?)|([A-Za-z_$][\w$]*)|([-+*\/%()])|(;))/y;

function tokenize(src) {
  var res = { tokens: 0, sum: 0 };
  TOKEN_RE.lastIndex = 0;
  var m;
  while (TOKEN_RE.lastIndex < src.length) {
    var at = TOKEN_RE.lastIndex;
    m = TOKEN_RE.exec(src);
    if (m === null) throw new Error("logparse: no token at " + at);
    if (m[4] !== undefined) continue;
    res.tokens++;
    if (m[1] !== undefined) res.sum += Number(m[1]);
  }
  return res;
}

function run() {
  var rng = new Rng(42);
  var truth = { status: {}, bytes: {}, slow: 0, queries: 0 };
  var text = generateLog(rng, truth);
  var got = parseLog(text);
  for (var s in truth.status)
    if (got.status[s] !== truth.status[s])
      throw new Error("logparse: status " + s + ": " + got.status[s] + ", expected " + truth.status[s]);
  for (var p in truth.bytes)
    if (got.bytes[p] !== truth.bytes[p])
      throw new Error("logparse: bytes of " + p + ": " + got.bytes[p] + ", expected " + truth.bytes[p]);
  if (got.slow !== truth.slow || got.queries !== truth.queries || got.params !== 2 * truth.queries)
    throw new Error("logparse: slow/queries/params " + got.slow + "/" + got.queries + "/" + got.params);
  var t = { tokens: 0, sum: 0 };
  var src = generateExprs(rng, t);
  var r = tokenize(src);
  if (r.tokens !== t.tokens || r.sum !== t.sum)
    throw new Error("logparse: tokens " + r.tokens + "/" + t.tokens + ", sum " + r.sum + "/" + t.sum);
  return got.slow + r.tokens;
}

// --- when run as a plain script: benchmarks/README.md ----------------------
(function () {
  if (typeof globalThis !== "undefined" && globalThis.__bench) return;
  var args = typeof scriptArgs !== "undefined" ? scriptArgs
           : typeof process !== "undefined" ? process.argv.slice(2) : [];
  var log = typeof print === "function" ? print : console.log;
  var n = args.length > 0 ? parseInt(args[0], 10) : 5;
  var result;
  for (var i = 0; i < n; i++) result = run();
  if (n > 0) log("logparse: " + result);
})();
