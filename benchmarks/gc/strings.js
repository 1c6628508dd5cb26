// strings.js -- GC benchmark: many short-lived strings (concatenations,
// ropes flattened by comparisons, substrings, number conversions) next to a
// small long-lived dictionary of string keys.
var NAME = "strings";
var ROUNDS = 60000;

var dict = null;

function run() {
  if (dict === null) {
    dict = {};
    for (var i = 0; i < 1000; i++) dict["key" + i] = "value" + i;
  }
  var hits = 0, len = 0;
  for (var r = 0; r < ROUNDS; r++) {
    var k = "key" + (r % 1500);                       // a fresh string per round
    var s = "<" + k + ":" + r + ">";
    if (dict[k] !== undefined) hits++;
    var t = s.substring(1, s.length - 1).split(":");
    len += t[0].length + String(r * 3).length;
    if (t[0] !== k) throw new Error("strings: split gave " + t[0]);
  }
  var expectHits = 0;
  for (var q = 0; q < ROUNDS; q++) if (q % 1500 < 1000) expectHits++;
  if (hits !== expectHits) throw new Error("strings: " + hits + " hits, expected " + expectHits);
  return hits + len;
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
  if (n > 0) log(NAME + ": " + result);
})();
