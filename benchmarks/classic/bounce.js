// bounce — balls bouncing inside a box (Are-We-Fast-Yet style). Exercises
// small objects with numeric fields, method calls and a deterministic
// pseudo-random generator. Written for tierlab from the algorithm's
// description.
//
// run() performs ROUNDS simulations of BALLS balls over STEPS steps and
// checks the total number of wall bounces against a known count.

var ROUNDS = 20;
var BALLS = 100;
var STEPS = 50;
var EXPECTED_BOUNCES = 1331;

class Random {
  constructor() { this.seed = 74755; }
  next() {
    this.seed = ((this.seed * 1309) + 13849) & 65535;
    return this.seed;
  }
}

class Ball {
  constructor(random) {
    this.x = random.next() % 500;
    this.y = random.next() % 500;
    this.xVel = (random.next() % 300) - 150;
    this.yVel = (random.next() % 300) - 150;
  }
  // Move one step; returns true when the ball hit a wall.
  bounce() {
    var xLimit = 500, yLimit = 500;
    var bounced = false;
    this.x += this.xVel;
    this.y += this.yVel;
    if (this.x > xLimit) { this.x = xLimit; this.xVel = 0 - Math.abs(this.xVel); bounced = true; }
    if (this.x < 0) { this.x = 0; this.xVel = Math.abs(this.xVel); bounced = true; }
    if (this.y > yLimit) { this.y = yLimit; this.yVel = 0 - Math.abs(this.yVel); bounced = true; }
    if (this.y < 0) { this.y = 0; this.yVel = Math.abs(this.yVel); bounced = true; }
    return bounced;
  }
}

function simulate() {
  var random = new Random();
  var balls = [];
  for (var i = 0; i < BALLS; i++) balls.push(new Ball(random));
  var bounces = 0;
  for (var s = 0; s < STEPS; s++) {
    for (var b = 0; b < balls.length; b++) {
      if (balls[b].bounce()) bounces++;
    }
  }
  return bounces;
}

function run() {
  var result;
  for (var r = 0; r < ROUNDS; r++) {
    result = simulate();
    if (result !== EXPECTED_BOUNCES)
      throw new Error("bounce: wrong result: " + result + " bounces, expected " + EXPECTED_BOUNCES);
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
  if (n > 0) log("bounce: " + result);
})();
