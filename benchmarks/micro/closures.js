// closures — micro benchmark: creating closures in a loop, reading and
// writing captured variables (one and two scopes up), and calling closures
// held in arrays and objects. Written for tierlab.
//
// run() performs LOOPS passes and checks the accumulated sum.

var LOOPS = 25000;

function makeCounter(start) {
  var n = start;
  return {
    inc: function () { n++; return n; },
    get: function () { return n; }
  };
}

function makeAdder(k) {
  return function (x) { return x + k; };
}

function nested(a) {
  var outer = a;
  return function (b) {
    var mid = b;
    return function (c) { outer += 1; return outer + mid + c; };
  };
}

function run() {
  var counter = makeCounter(0);
  var adders = [makeAdder(1), makeAdder(2), makeAdder(3), makeAdder(4)];
  var sum = 0;
  for (var i = 0; i < LOOPS; i++) {
    counter.inc();
    sum = adders[i & 3](sum);                 // call a captured-value closure
    var add = makeAdder(i & 7);               // allocate a closure
    sum = add(sum);
    var f = nested(0)(1);                     // two levels of capture
    sum += f(2);                              // 1 + 1 + 2
  }
  sum += counter.get();
  var expected = 0;
  for (var j = 0; j < LOOPS; j++) expected += ((j & 3) + 1) + (j & 7) + 4;
  expected += LOOPS;
  if (sum !== expected)
    throw new Error("closures: wrong result: " + sum + ", expected " + expected);
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
  if (n > 0) log("closures: " + result);
})();
