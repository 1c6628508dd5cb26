// event_loop — micro benchmark: the event loop and the job queues. One run()
// starts six stages that interleave on the loop and checks each when it
// ends:
//   promise chain    a .then chain built up front, PROMISE_STEPS links
//   promise fan-in   Promise.all over FAN_IN promises resolved by microtasks
//   await loop       an async function awaiting AWAITS times
//   microtasks       queueMicrotask re-queueing itself MICROTASKS times
//   immediates       setImmediate re-scheduling itself IMMEDIATES times
//                    (one loop turn each)
//   timers           TIMER_WAVES waves of TIMERS_PER_WAVE setTimeout(f, 0)
//                    created together; the last of a wave starts the next
// Checks: every stage's count and sum; timers of one wave run in creation
// order; the microtasks queued by run() itself all run before the first
// timer or immediate (jobs drain before the loop's next callback).
//
// run() returns before the work is done: the bench protocol runs the event
// loop inside each timed iteration until nothing is left (engine/main.c;
// node_bench.js does the same), so an iteration's time includes its
// callbacks. A stage that has not finished when run() is called again is an
// error: the loop was not drained. Written for tierlab.

var PROMISE_STEPS = 4000;
var FAN_IN = 2000;
var AWAITS = 3000;
var MICROTASKS = 6000;
var IMMEDIATES = 1500;
var TIMER_WAVES = 3;
var TIMERS_PER_WAVE = 600;
var STAGES = 6;

var pending = 0;        // stages of the current iteration still running
var whenIdle = null;    // the stand-alone driver's continuation
var iteration = 0;

function finish(stage, got, want) {
  if (got !== want)
    throw new Error("event_loop: " + stage + ": wrong result " + got + ", expected " + want);
  pending--;
  if (pending === 0 && whenIdle) {
    var k = whenIdle;
    whenIdle = null;
    k();
  }
}

function promiseChain() {
  var p = Promise.resolve(0);
  for (var i = 0; i < PROMISE_STEPS; i++)
    p = p.then(function (v) { return v + 1; });
  p.then(function (v) { finish("promise chain", v, PROMISE_STEPS); });
}

function promiseFanIn() {
  var all = [];
  for (var i = 0; i < FAN_IN; i++) {
    all.push(new Promise(function (resolve) {
      var k = i;
      queueMicrotask(function () { resolve(k); });
    }));
  }
  Promise.all(all).then(function (values) {
    var sum = 0;
    for (var j = 0; j < values.length; j++) sum += values[j] * (j & 7);
    var want = 0;
    for (var m = 0; m < FAN_IN; m++) want += m * (m & 7);
    finish("promise fan-in", sum, want);
  });
}

async function awaitLoop() {
  var sum = 0;
  for (var i = 0; i < AWAITS; i++) sum += await i;
  finish("await loop", sum, AWAITS * (AWAITS - 1) / 2);
}

function microtasks(early) {
  var count = 0;
  function tick() {
    count++;
    if (count <= 100) early.count++;
    if (count < MICROTASKS) queueMicrotask(tick);
    else finish("queueMicrotask", count, MICROTASKS);
  }
  queueMicrotask(tick);
}

// The first macrotask of an iteration: every microtask queued while run()
// ran (the first 100 ticks at least) must have run already.
function firstMacrotask(early) {
  if (early.checked) return;
  early.checked = true;
  if (early.count < 100)
    throw new Error("event_loop: a timer or immediate ran before the microtasks queued by run() (" +
                    early.count + " of 100)");
}

function immediates(early) {
  var count = 0;
  function step() {
    firstMacrotask(early);
    count++;
    if (count < IMMEDIATES) setImmediate(step);
    else finish("setImmediate", count, IMMEDIATES);
  }
  setImmediate(step);
}

function timers(early) {
  var wave = 0, next = 0, order = 0;
  function startWave() {
    next = 0;
    for (var i = 0; i < TIMERS_PER_WAVE; i++) setTimeout(fire, 0, i);
  }
  function fire(k) {
    firstMacrotask(early);
    if (k !== next)
      throw new Error("event_loop: timer " + k + " of wave " + wave + " ran when " + next + " was due");
    next++;
    order += k & 3;
    if (next < TIMERS_PER_WAVE) return;
    wave++;
    if (wave < TIMER_WAVES) startWave();
    else finish("setTimeout", order, TIMER_WAVES * (TIMERS_PER_WAVE / 4) * 6);
  }
  startWave();
}

function run() {
  if (pending !== 0)
    throw new Error("event_loop: " + pending + " stage(s) of the previous iteration had not finished: " +
                    "the event loop was not run to completion between iterations");
  pending = STAGES;
  var early = {count: 0, checked: false};
  microtasks(early);
  promiseChain();
  promiseFanIn();
  awaitLoop();
  immediates(early);
  timers(early);
  return ++iteration;
}

// --- when run as a plain script: benchmarks/README.md ----------------------
// Iterations follow each other once the loop has finished the previous one.
(function () {
  if (typeof globalThis !== "undefined" && globalThis.__bench) return;
  var args = typeof scriptArgs !== "undefined" ? scriptArgs
           : typeof process !== "undefined" ? process.argv.slice(2) : [];
  var log = typeof print === "function" ? print : console.log;
  var n = args.length > 0 ? parseInt(args[0], 10) : 5;
  var done = 0;
  function next() {
    if (done === n) {
      if (n > 0) log("event_loop: " + done + " iterations");
      return;
    }
    done++;
    whenIdle = next;
    run();
  }
  next();
})();
