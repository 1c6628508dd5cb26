// fib — naive doubly recursive Fibonacci: the call path (frame push/pop,
// argument passing, int32 arithmetic and comparisons) and nothing else.
//
// run() computes fib(N) and checks it.

var N = 30;
var EXPECTED = 832040;

function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

function run() {
  var r = fib(N);
  if (r !== EXPECTED) throw new Error("fib: fib(" + N + ") = " + r + ", expected " + EXPECTED);
  return r;
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
  if (n > 0) log("fib: " + result);
})();
