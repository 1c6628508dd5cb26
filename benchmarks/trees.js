// trees — binary trees: allocate many complete binary trees of varying
// depth, walk them to count nodes, while one long-lived tree stays alive.
// The classic GC stress benchmark shape (short-lived allocation plus a
// long-lived structure); written for tierlab.
//
// run() builds trees of depth MIN_DEPTH..MAX_DEPTH (fewer of the deeper
// ones) and checks the node counts.

var MIN_DEPTH = 4;
var MAX_DEPTH = 12;

class TreeNode {
  constructor(left, right) { this.left = left; this.right = right; }
  check() { return this.left === null ? 1 : 1 + this.left.check() + this.right.check(); }
}

function bottomUp(depth) {
  return depth > 0 ? new TreeNode(bottomUp(depth - 1), bottomUp(depth - 1)) : new TreeNode(null, null);
}

function run() {
  var longLived = bottomUp(MAX_DEPTH);
  var total = 0;
  for (var d = MIN_DEPTH; d <= MAX_DEPTH; d += 2) {
    var iterations = 1 << (MAX_DEPTH - d + MIN_DEPTH);
    var check = 0;
    for (var i = 0; i < iterations; i++) check += bottomUp(d).check();
    var expected = iterations * ((1 << (d + 1)) - 1);
    if (check !== expected) throw new Error("trees: depth " + d + " checked " + check + ", expected " + expected);
    total += check;
  }
  var ll = longLived.check();
  if (ll !== (1 << (MAX_DEPTH + 1)) - 1) throw new Error("trees: long-lived tree has " + ll + " nodes");
  return total + ll;
}

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
  if (n > 0) log("trees: " + result);
})();
