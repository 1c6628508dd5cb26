// arithmetic — micro benchmark: int32 arithmetic and bit operations, int32
// overflow into doubles, double arithmetic and Math calls in tight loops.
// Written for tierlab.
//
// run() computes an integer hash, a double sum and a Math mix, and checks
// each against values computed with exact int32 semantics.

var LOOPS = 12000;

function intHash(n) {
  var h = 0x12345;
  for (var i = 0; i < n; i++) {
    h = (h * 31 + i) | 0;          // int32 multiply-add, wrapped
    h ^= h >>> 13;
    h = (h + (h << 3)) | 0;
    h = h - ((i % 7) * 3);
  }
  return h | 0;
}

function doubleSum(n) {
  var s = 0.0;
  for (var i = 1; i <= n; i++) s += 1.0 / (i * i);   // converges to pi^2/6
  return s;
}

function mathMix(n) {
  var acc = 0;
  for (var i = 0; i < n; i++) {
    acc += Math.floor(Math.sqrt(i)) + Math.max(i & 3, 2) - Math.abs((i & 5) - 3);
  }
  return acc;
}

// the same hash with Math.imul, as an independent check of wrapping
function intHashImul(n) {
  var h = 0x12345;
  for (var i = 0; i < n; i++) {
    h = (Math.imul(h, 31) + i) | 0;
    h ^= h >>> 13;
    h = (h + Math.imul(h, 8)) | 0;
    h = h - ((i % 7) * 3);
  }
  return h | 0;
}

function run() {
  var h = intHash(LOOPS);
  var d = doubleSum(LOOPS);
  var m = mathMix(LOOPS / 3);
  if (h !== intHashImul(LOOPS))
    throw new Error("arithmetic: wrong result: int hash " + h);
  // the tail of the series after n terms is 1/n - 1/(2n^2) + ...
  if (Math.abs(d - (Math.PI * Math.PI / 6 - 1 / LOOPS)) > 1e-8)
    throw new Error("arithmetic: wrong result: double sum " + d);
  var expected = 0;
  for (var i = 0; i < LOOPS / 3; i++) {
    var r = 0; while ((r + 1) * (r + 1) <= i) r++;
    var mx = (i & 3) > 2 ? (i & 3) : 2;
    var ab = (i & 5) - 3; if (ab < 0) ab = -ab;
    expected += r + mx - ab;
  }
  if (m !== expected)
    throw new Error("arithmetic: wrong result: math mix " + m + ", expected " + expected);
  return h + "/" + m;
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
  if (n > 0) log("arithmetic: " + result);
})();
