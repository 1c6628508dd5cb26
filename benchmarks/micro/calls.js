// calls — micro benchmark: plain function calls, method calls on a class
// instance, calls through a function value, calls with too few/many
// arguments and a small recursion. Written for tierlab.
//
// run() performs LOOPS passes and checks the accumulated sum.

var LOOPS = 30000;

function add(a, b) { return a + b; }
function inc(a) { return a + 1; }
function third(a, b, c) { return c === undefined ? a : c; }
function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }

class Counter {
  constructor() { this.n = 0; }
  bump(k) { this.n += k; return this; }
  get() { return this.n; }
}

function run() {
  var c = new Counter();
  var f = inc;
  var sum = 0;
  for (var i = 0; i < LOOPS; i++) {
    sum = add(sum, i & 15);          // direct call
    sum = f(sum);                    // call through a variable
    c.bump(1).bump(2);               // method calls, chained
    sum += third(1, 2);              // missing argument
    sum += add(1, 2, 3);             // extra argument
    if ((i & 63) === 0) sum += depth(20);
  }
  sum += c.get();
  var expected = 0;
  for (var j = 0; j < LOOPS; j++) {
    expected += (j & 15) + 1 + 1 + 3;
    if ((j & 63) === 0) expected += 20;
  }
  expected += 3 * LOOPS;
  if (sum !== expected)
    throw new Error("calls: wrong result: " + sum + ", expected " + expected);
  return sum;
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
  if (n > 0) log("calls: " + result);
})();
