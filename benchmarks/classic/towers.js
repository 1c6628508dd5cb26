// towers — the towers of Hanoi with discs as linked objects on three piles
// (Are-We-Fast-Yet style). Exercises recursion, small object allocation and
// field access. Written for tierlab from the algorithm's description.
//
// run() moves DISCS discs ROUNDS times; that takes 2^13 - 1 = 8191 moves.

var ROUNDS = 6;
var DISCS = 13;
var EXPECTED_MOVES = 8191;

class Disk {
  constructor(size) { this.size = size; this.next = null; }
}

class Towers {
  constructor() { this.piles = null; this.moves = 0; }
  pushDisk(disk, pile) {
    var top = this.piles[pile];
    if (top !== null && disk.size >= top.size)
      throw new Error("towers: cannot put a big disk on a smaller one");
    disk.next = top;
    this.piles[pile] = disk;
  }
  popDiskFrom(pile) {
    var top = this.piles[pile];
    if (top === null) throw new Error("towers: attempt to remove a disk from an empty pile");
    this.piles[pile] = top.next;
    top.next = null;
    return top;
  }
  moveTopDisk(from, to) {
    this.pushDisk(this.popDiskFrom(from), to);
    this.moves++;
  }
  buildTower(pile, disks) {
    for (var i = disks; i >= 0; i--) this.pushDisk(new Disk(i), pile);
  }
  moveDisks(disks, from, to) {
    if (disks === 1) {
      this.moveTopDisk(from, to);
    } else {
      var other = 3 - from - to;
      this.moveDisks(disks - 1, from, other);
      this.moveTopDisk(from, to);
      this.moveDisks(disks - 1, other, to);
    }
  }
  go() {
    this.piles = [null, null, null];
    this.buildTower(0, DISCS);
    this.moves = 0;
    this.moveDisks(DISCS, 0, 1);
    return this.moves;
  }
}

function run() {
  var result;
  for (var r = 0; r < ROUNDS; r++) {
    result = new Towers().go();
    if (result !== EXPECTED_MOVES)
      throw new Error("towers: wrong result: " + result + " moves, expected " + EXPECTED_MOVES);
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
  if (n > 0) log("towers: " + result);
})();
