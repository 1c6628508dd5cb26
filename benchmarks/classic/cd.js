// cd — collision detection for simulated aircraft (in the spirit of the
// Are-We-Fast-Yet CD benchmark): every frame each aircraft moves along a
// line segment; segments are drawn onto a 2-D voxel grid (a hand-written
// hash table), and only motions sharing a voxel are tested for a closest
// approach closer than the collision radius. Exercises small vector objects,
// float arithmetic, strings as keys and objects as maps. Written for tierlab
// from the algorithm's description.
//
// run() simulates FRAMES frames of AIRCRAFT aircraft, checks the collisions
// of the last frame against a brute-force all-pairs test, and the total over
// all frames against a known count.

var AIRCRAFT = 120;
var FRAMES = 12;
var RADIUS = 1.0;
var VOXEL = 2.0;
var EXPECTED_TOTAL = 462;

class Vector3 {
  constructor(x, y, z) { this.x = x; this.y = y; this.z = z; }
  minus(o) { return new Vector3(this.x - o.x, this.y - o.y, this.z - o.z); }
  plus(o) { return new Vector3(this.x + o.x, this.y + o.y, this.z + o.z); }
  times(k) { return new Vector3(this.x * k, this.y * k, this.z * k); }
  dot(o) { return this.x * o.x + this.y * o.y + this.z * o.z; }
}

class Motion {
  constructor(callsign, from, to) { this.callsign = callsign; this.from = from; this.to = to; }
  // Closest approach of two straight motions over the frame (t in [0, 1]).
  collidesWith(other) {
    var d0 = this.from.minus(other.from);
    var dv = this.to.minus(this.from).minus(other.to.minus(other.from));
    var a = dv.dot(dv);
    var t = 0;
    if (a > 1e-12) {
      t = -d0.dot(dv) / a;
      if (t < 0) t = 0; else if (t > 1) t = 1;
    }
    var d = d0.plus(dv.times(t));
    return d.dot(d) <= RADIUS * RADIUS;
  }
}

// A chained hash table from integer voxel coordinates to lists of motions.
class VoxelMap {
  constructor(bits) {
    this.mask = (1 << bits) - 1;
    this.buckets = [];
    for (var i = 0; i <= this.mask; i++) this.buckets.push(null);
    this.cells = [];
  }
  add(vx, vy, motion) {
    var h = (Math.imul(vx, 73856093) ^ Math.imul(vy, 19349663)) & this.mask;
    var e = this.buckets[h];
    while (e !== null && (e.vx !== vx || e.vy !== vy)) e = e.next;
    if (e === null) {
      e = { vx: vx, vy: vy, motions: [], next: this.buckets[h] };
      this.buckets[h] = e;
      this.cells.push(e);
    }
    e.motions.push(motion);
  }
}

// Each segment's bounding box grown by RADIUS/2: two motions that come
// within RADIUS share the voxel of the midpoint of their closest positions.
function drawMotion(map, m) {
  var g = RADIUS / 2;
  var x0 = Math.floor((Math.min(m.from.x, m.to.x) - g) / VOXEL);
  var x1 = Math.floor((Math.max(m.from.x, m.to.x) + g) / VOXEL);
  var y0 = Math.floor((Math.min(m.from.y, m.to.y) - g) / VOXEL);
  var y1 = Math.floor((Math.max(m.from.y, m.to.y) + g) / VOXEL);
  for (var vx = x0; vx <= x1; vx++)
    for (var vy = y0; vy <= y1; vy++) map.add(vx, vy, m);
}

function pairKey(a, b) { return a < b ? a + "|" + b : b + "|" + a; }

class CollisionDetector {
  constructor() { this.lastPositions = {}; }
  handleFrame(frame) {
    var motions = [];
    for (var i = 0; i < frame.length; i++) {
      var ac = frame[i];
      var prev = this.lastPositions[ac.callsign];
      motions.push(new Motion(ac.callsign, prev === undefined ? ac.position : prev, ac.position));
      this.lastPositions[ac.callsign] = ac.position;
    }
    var map = new VoxelMap(10);
    for (var j = 0; j < motions.length; j++) drawMotion(map, motions[j]);
    var seen = {};
    var collisions = [];
    for (var c = 0; c < map.cells.length; c++) {
      var ms = map.cells[c].motions;
      for (var p = 0; p < ms.length; p++) {
        for (var q = p + 1; q < ms.length; q++) {
          var key = pairKey(ms[p].callsign, ms[q].callsign);
          if (seen[key] === true) continue;
          if (ms[p].collidesWith(ms[q])) { seen[key] = true; collisions.push(key); }
        }
      }
    }
    return { motions: motions, collisions: collisions };
  }
}

function simulateFrame(time) {
  var frame = [];
  for (var i = 0; i < AIRCRAFT; i++) {
    var x = (i % 12) * 2.5 + Math.cos(time * 1.1 + i) * 3;
    var y = Math.floor(i / 12) * 2.5 + Math.sin(time * 1.3 + i * 0.7) * 3;
    var z = 10 + (i % 3) * 0.4;
    frame.push({ callsign: "flight" + i, position: new Vector3(x, y, z) });
  }
  return frame;
}

function bruteForce(motions) {
  var n = 0;
  for (var a = 0; a < motions.length; a++)
    for (var b = a + 1; b < motions.length; b++)
      if (motions[a].collidesWith(motions[b])) n++;
  return n;
}

function run() {
  var detector = new CollisionDetector();
  var total = 0;
  for (var f = 0; f < FRAMES; f++) {
    var result = detector.handleFrame(simulateFrame(f / 10));
    if (f === FRAMES - 1) {
      var expected = bruteForce(result.motions);
      if (result.collisions.length !== expected)
        throw new Error("cd: wrong result: frame " + f + ": " + result.collisions.length +
                        " collisions, brute force finds " + expected);
    }
    total += result.collisions.length;
  }
  if (total !== EXPECTED_TOTAL)
    throw new Error("cd: wrong result: " + total + " collisions, expected " + EXPECTED_TOTAL);
  return total;
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
  if (n > 0) log("cd: " + result);
})();
