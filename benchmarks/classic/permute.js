// permute — generate all permutations of an array by recursive swapping
// (Are-We-Fast-Yet style, after the Stanford benchmarks). Exercises array
// element reads/writes and recursion. Written for tierlab from the
// algorithm's description.
//
// run() performs ROUNDS permutation runs of 6 elements; each counts 8660
// calls of permute (the classic self-check).

var ROUNDS = 10;
var EXPECTED_COUNT = 8660;

class Permuter {
  constructor() { this.count = 0; this.v = null; }
  permute(n) {
    this.count++;
    if (n !== 0) {
      var n1 = n - 1;
      this.permute(n1);
      for (var i = n1; i >= 0; i--) {
        this.swap(n1, i);
        this.permute(n1);
        this.swap(n1, i);
      }
    }
  }
  swap(i, j) {
    var t = this.v[i];
    this.v[i] = this.v[j];
    this.v[j] = t;
  }
  go() {
    this.count = 0;
    this.v = [0, 0, 0, 0, 0, 0];
    this.permute(6);
    return this.count;
  }
}

function run() {
  var result;
  for (var r = 0; r < ROUNDS; r++) {
    result = new Permuter().go();
    if (result !== EXPECTED_COUNT)
      throw new Error("permute: wrong result: " + result + ", expected " + EXPECTED_COUNT);
  }
  return result;
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
  if (n > 0) log("permute: " + result);
})();
