// livelarge.js -- GC benchmark: a large, long-lived object graph (records in
// arrays, linked by reference) with a small fraction mutated per iteration:
// cheap for a generational collector (small remembered set), expensive for
// a full-heap collector that re-traces the whole live set each time.
var NAME = "livelarge";
var RECORDS = 150000, MUTATIONS = 30000, GARBAGE_PER_MUTATION = 3;

var records = null;

function makeRecord(i) {
  return { id: i, name: "r" + i, score: i % 100, tags: [i & 3, i & 5], next: null };
}

function run() {
  if (records === null) {
    records = new Array(RECORDS);
    for (var i = 0; i < RECORDS; i++) records[i] = makeRecord(i);
    for (var i2 = 0; i2 < RECORDS; i2++) records[i2].next = records[(i2 * 7 + 1) % RECORDS];
  }
  var x = 12345, sum = 0;
  for (var m = 0; m < MUTATIONS; m++) {
    x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff;
    var r = records[x % RECORDS];
    r.tags = [r.score, m & 7];                       // old -> young store
    r.score = (r.score + 1) % 100;
    for (var g = 0; g < GARBAGE_PER_MUTATION; g++) sum += { a: g, b: [g, m] }.b.length;   // short-lived
  }
  if (sum !== MUTATIONS * GARBAGE_PER_MUTATION * 2) throw new Error("livelarge: garbage sum " + sum);
  var check = 0;
  for (var k = 0; k < RECORDS; k++) {
    var rec = records[k];
    if (rec.id !== k || rec.next.id !== (k * 7 + 1) % RECORDS || rec.tags.length !== 2) throw new Error("livelarge: record " + k + " broken");
    check += rec.score;
  }
  return check;
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
