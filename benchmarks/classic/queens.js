// queens — the eight queens problem by backtracking over boolean arrays for
// rows and both diagonals (Are-We-Fast-Yet style). Exercises array access
// and recursion. Written for tierlab from the algorithm's description.
//
// run() solves the problem ROUNDS x 10 times; every solve must succeed and
// place queens consistently (verified on the board it returns).

var ROUNDS = 15;

class Queens {
  constructor() {
    this.freeRows = [];
    this.freeMaxs = [];
    this.freeMins = [];
    this.queenRows = [];
    for (var i = 0; i < 8; i++) { this.freeRows.push(true); this.queenRows.push(-1); }
    for (var j = 0; j < 16; j++) { this.freeMaxs.push(true); this.freeMins.push(true); }
  }
  getRowColumn(r, c) {
    return this.freeRows[r] && this.freeMaxs[c + r] && this.freeMins[c - r + 7];
  }
  setRowColumn(r, c, v) {
    this.freeRows[r] = v;
    this.freeMaxs[c + r] = v;
    this.freeMins[c - r + 7] = v;
  }
  placeQueen(c) {
    for (var r = 0; r < 8; r++) {
      if (this.getRowColumn(r, c)) {
        this.queenRows[r] = c;
        this.setRowColumn(r, c, false);
        if (c === 7) return true;
        if (this.placeQueen(c + 1)) return true;
        this.setRowColumn(r, c, true);
      }
    }
    return false;
  }
}

function valid(rows) {
  for (var a = 0; a < 8; a++) {
    for (var b = a + 1; b < 8; b++) {
      if (rows[a] === rows[b] || Math.abs(rows[a] - rows[b]) === b - a) return false;
    }
  }
  return true;
}

function run() {
  var checksum = 0;
  for (var r = 0; r < ROUNDS; r++) {
    for (var i = 0; i < 10; i++) {
      var q = new Queens();
      if (!q.placeQueen(0) || !valid(q.queenRows))
        throw new Error("queens: wrong result: no valid placement found");
      checksum += q.queenRows[0];
    }
  }
  return checksum;
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
  if (n > 0) log("queens: " + result);
})();
