// binarytrees.js -- GC benchmark: many short-lived complete binary trees
// allocated next to one long-lived tree (the classic generational workload:
// almost everything dies young).  Written for tierlab from the problem
// statement (build trees of depth d bottom-up, count their nodes).
var NAME = "binarytrees";
var MIN_DEPTH = 4, MAX_DEPTH = 14;

function Node(left, right) { this.left = left; this.right = right; }

function make(d) {
  return d === 0 ? new Node(null, null) : new Node(make(d - 1), make(d - 1));
}

function count(n) {
  return n.left === null ? 1 : 1 + count(n.left) + count(n.right);
}

var longLived = null;

function run() {
  if (longLived === null) longLived = make(MAX_DEPTH);
  var total = 0;
  for (var d = MIN_DEPTH; d <= MAX_DEPTH - 2; d += 2) {
    var iterations = 1 << (MAX_DEPTH - 2 - d + MIN_DEPTH);
    var check = 0;
    for (var i = 0; i < iterations; i++) check += count(make(d));
    if (check !== iterations * ((1 << (d + 1)) - 1)) throw new Error("binarytrees: depth " + d + " counted " + check);
    total += check;
  }
  var ll = count(longLived);
  if (ll !== (1 << (MAX_DEPTH + 1)) - 1) throw new Error("binarytrees: long-lived tree has " + ll + " nodes");
  return total + ll;
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
