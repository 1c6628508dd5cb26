// list — recursive linked lists (Are-We-Fast-Yet style, after the Lisp
// "tak on lists" benchmark): makeList builds chains, isShorter walks two
// chains, and tail recurses over three lists. Exercises allocation,
// recursion and null checks. Written for tierlab from the algorithm's
// description.
//
// run() performs ROUNDS evaluations of tail(list 15, list 10, list 6); the
// length of the result is always 10.

var ROUNDS = 20;
var EXPECTED_LENGTH = 10;

class Element {
  constructor(v) { this.val = v; this.next = null; }
  length() {
    if (this.next === null) return 1;
    return 1 + this.next.length();
  }
}

function makeList(length) {
  if (length === 0) return null;
  var e = new Element(length);
  e.next = makeList(length - 1);
  return e;
}

// true when x is strictly shorter than y
function isShorterThan(x, y) {
  var xTail = x, yTail = y;
  while (yTail !== null) {
    if (xTail === null) return true;
    xTail = xTail.next;
    yTail = yTail.next;
  }
  return false;
}

function tail(x, y, z) {
  if (isShorterThan(y, x)) {
    return tail(tail(x.next, y, z), tail(y.next, z, x), tail(z.next, x, y));
  }
  return z;
}

function run() {
  var result;
  for (var r = 0; r < ROUNDS; r++) {
    result = tail(makeList(15), makeList(10), makeList(6)).length();
    if (result !== EXPECTED_LENGTH)
      throw new Error("list: wrong result: length " + result + ", expected " + EXPECTED_LENGTH);
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
  if (n > 0) log("list: " + result);
})();
