// strings — micro benchmark: string concatenation, charCodeAt/charAt,
// indexOf, slice/substring, split/join, toUpperCase, String.fromCharCode and
// string comparison. Written for tierlab.
//
// run() performs LOOPS rounds of string work and checks a checksum over the
// results against one computed by a char-code-only path.

var LOOPS = 2500;
var WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"];

function checksum(s) {
  var h = 0;
  for (var i = 0; i < s.length; i++) h = (h * 33 + s.charCodeAt(i)) | 0;
  return h;
}

function run() {
  var total = 0;
  for (var r = 0; r < LOOPS; r++) {
    var s = "";
    for (var i = 0; i < 8; i++) s += WORDS[(i + r) & 7] + "-";     // concatenation
    var parts = s.split("-");                                       // split
    if (parts.length !== 9) throw new Error("strings: wrong result: split length " + parts.length);
    var joined = parts.join("+");                                   // join
    var upper = joined.toUpperCase();
    var pos = upper.indexOf("GAMMA");                               // search
    var cut = upper.slice(pos, pos + 5) + upper.substring(0, 3);
    var built = "";
    for (var k = 0; k < cut.length; k++) built += String.fromCharCode(cut.charCodeAt(k) + 32);
    if (built.slice(0, 5) !== "gamma") throw new Error("strings: wrong result: " + built);
    if (built.charAt(5) !== WORDS[r & 7].charAt(0)) throw new Error("strings: wrong first letter: " + built);
    total = (total + checksum(built) + pos) | 0;
  }
  // independent recomputation with arithmetic on char codes only
  var expected = 0;
  for (var q = 0; q < LOOPS; q++) {
    var p2 = 0;
    for (var w = 0; w < 8; w++) {
      var word = WORDS[(w + q) & 7];
      if (word === "gamma") break;
      p2 += word.length + 1;
    }
    var first = WORDS[q & 7];
    var h = 0;
    var letters = "gamma" + first.slice(0, 3);
    for (var c = 0; c < letters.length; c++) {
      h = (h * 33 + letters.charCodeAt(c)) | 0;   // every word has >= 3 letters
    }
    expected = (expected + h + p2) | 0;
  }
  if (total !== expected)
    throw new Error("strings: wrong result: checksum " + total + ", expected " + expected);
  return total;
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
  if (n > 0) log("strings: " + result);
})();
