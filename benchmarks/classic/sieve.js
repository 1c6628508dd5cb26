// sieve — the sieve of Eratosthenes over a boolean array (Are-We-Fast-Yet
// style). Exercises array allocation and indexed loads/stores. Written for
// tierlab from the algorithm's description.
//
// run() sieves 2..SIZE ROUNDS times; there are 669 primes below 5000.

var ROUNDS = 40;
var SIZE = 5000;
var EXPECTED_PRIMES = 669;

function sieve(flags, size) {
  var primeCount = 0;
  for (var i = 2; i <= size; i++) {
    if (flags[i - 1]) {
      primeCount++;
      for (var k = i + i; k <= size; k += i) flags[k - 1] = false;
    }
  }
  return primeCount;
}

function run() {
  var result;
  for (var r = 0; r < ROUNDS; r++) {
    var flags = [];
    for (var i = 0; i < SIZE; i++) flags.push(true);
    result = sieve(flags, SIZE);
    if (result !== EXPECTED_PRIMES)
      throw new Error("sieve: wrong result: " + result + " primes, expected " + EXPECTED_PRIMES);
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
  if (n > 0) log("sieve: " + result);
})();
