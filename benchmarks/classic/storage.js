// storage — builds a tree of arrays four wide and seven deep, with leaf
// arrays of pseudo-random length (Are-We-Fast-Yet style). Exercises array
// allocation and the GC. Written for tierlab from the algorithm's
// description.
//
// run() builds the tree ROUNDS times; each build allocates 5461 arrays.

var ROUNDS = 12;
var EXPECTED_ARRAYS = 5461;

class Random {
  constructor() { this.seed = 74755; }
  next() {
    this.seed = ((this.seed * 1309) + 13849) & 65535;
    return this.seed;
  }
}

function buildTreeDepth(depth, random, counter) {
  counter.count++;
  if (depth === 1) {
    var n = random.next() % 10 + 1;
    var leaf = [];
    for (var i = 0; i < n; i++) leaf.push(0);
    return leaf;
  }
  var arr = [];
  for (var j = 0; j < 4; j++) arr.push(buildTreeDepth(depth - 1, random, counter));
  return arr;
}

function run() {
  var result;
  for (var r = 0; r < ROUNDS; r++) {
    var counter = { count: 0 };
    buildTreeDepth(7, new Random(), counter);
    result = counter.count;
    if (result !== EXPECTED_ARRAYS)
      throw new Error("storage: wrong result: " + result + " arrays, expected " + EXPECTED_ARRAYS);
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
  if (n > 0) log("storage: " + result);
})();
