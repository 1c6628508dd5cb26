// property_access — micro benchmark: loads and stores of named properties on
// objects of a few stable shapes (monomorphic and 4-way polymorphic sites),
// plus a prototype-chain load. Written for tierlab.
//
// run() performs LOOPS passes and checks the accumulated sum.

var LOOPS = 80000;

function Point(x, y) { this.x = x; this.y = y; }
Point.prototype.scale = 3;

function makeShapes() {
  return [
    { a: 1, b: 2, c: 3 },
    { b: 2, a: 1, c: 3 },
    { c: 3, a: 1, b: 2 },
    { a: 1, b: 2, c: 3, d: 4 }
  ];
}

function run() {
  var p = new Point(1, 2);
  var shapes = makeShapes();
  var sum = 0;
  for (var i = 0; i < LOOPS; i++) {
    p.x = i & 1023;                 // store, monomorphic
    sum += p.x + p.y;               // loads, monomorphic
    sum += p.scale;                 // load from the prototype
    var o = shapes[i & 3];
    sum += o.a + o.c;               // polymorphic loads (4 shapes)
    o.b = i & 7;                    // polymorphic store
  }
  // expected: sum over i of (i & 1023) + 2 + 3 + 1 + 3
  var expected = 0;
  for (var j = 0; j < LOOPS; j++) expected += (j & 1023) + 9;
  if (sum !== expected)
    throw new Error("property_access: wrong result: " + sum + ", expected " + expected);
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
  if (n > 0) log("property_access: " + result);
})();
