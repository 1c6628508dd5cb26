// strings — string-heavy work: building strings by concatenation and by
// join, splitting, searching with indexOf, slicing, case conversion,
// character codes, and a small word-frequency count using an object as a map.
//
// run() performs ROUNDS passes of each kernel, checking a combined checksum.

var WORDS = 3000;
var ROUNDS = 15;

function makeText(n) {
  var syllables = ["ka", "lo", "mi", "ne", "tu", "ra", "shi", "po", "e", "an"];
  var seed = 7;
  var parts = [];
  for (var i = 0; i < n; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    var w = "";
    for (var s = 0; s < 1 + seed % 3; s++) w += syllables[(seed >> (s * 4)) % syllables.length];
    parts.push(i % 17 === 0 ? w.toUpperCase() : w);
  }
  return parts.join(" ");
}

function frequencies(text) {
  var counts = {};
  var words = text.toLowerCase().split(" ");
  for (var i = 0; i < words.length; i++) {
    var w = words[i];
    counts[w] = (counts[w] || 0) + 1;
  }
  var best = "", bestN = 0;
  for (var k in counts) if (counts[k] > bestN || (counts[k] === bestN && k < best)) { best = k; bestN = counts[k]; }
  return best + ":" + bestN + ":" + Object.keys(counts).length;
}

function countOccurrences(text, needle) {
  var n = 0;
  for (var i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) n++;
  return n;
}

function reverseWords(text) {
  var words = text.split(" ");
  var out = "";
  for (var i = words.length - 1; i >= 0; i--) out += (i < words.length - 1 ? " " : "") + words[i];
  return out;
}

function charHash(text) {
  var h = 5381;
  for (var i = 0; i < text.length; i++) h = ((h << 5) + h + text.charCodeAt(i)) | 0;
  return h;
}

function caesar(text, k) {
  var out = [];
  for (var i = 0; i < text.length; i++) {
    var c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) c = 97 + (c - 97 + k) % 26;
    out.push(String.fromCharCode(c));
  }
  return out.join("");
}

function padTable(text) {
  var words = text.split(" ").slice(0, 400);
  var lines = [];
  for (var i = 0; i < words.length; i += 4) {
    var row = "";
    for (var j = i; j < i + 4 && j < words.length; j++) {
      var cell = words[j];
      while (cell.length < 10) cell += ".";
      row += "|" + cell;
    }
    lines.push(row + "|");
  }
  return lines.join("\n");
}

function run() {
  var result;
  for (var r = 0; r < ROUNDS; r++) {
    var text = makeText(WORDS);
    var freq = frequencies(text);
    var occ = countOccurrences(text, "ka") + countOccurrences(text, "shi");
    var rev = reverseWords(text);
    if (reverseWords(rev) !== text) throw new Error("strings: reverse round trip failed");
    var enc = caesar(text, 3);
    if (caesar(enc, 23) !== text) throw new Error("strings: caesar round trip failed");
    var table = padTable(text);
    result = freq + "/" + occ + "/" + charHash(rev) + "/" + charHash(table) + "/" + text.slice(0, 20).trim();
    if (result !== EXPECTED) throw new Error("strings: got " + result + ", expected " + EXPECTED);
  }
  return result;
}
var EXPECTED = "tutu:229:80/2042/-1934701369/-2083917830/SHI ka kaka mi kakak";

// --- when run as a plain script: benchmarks/README.md ----------------------
// Under the bench protocol (tierlab --bench-iterations, node_bench.js) the
// driver calls run() itself and sets __bench first.
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
