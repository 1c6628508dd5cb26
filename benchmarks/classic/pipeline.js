// pipeline — Promises and async functions: a staged asynchronous pipeline.
// Written for tierlab.
//
// One run() starts a pipeline that must run to completion on the event loop
// (the bench protocol drains the loop inside each timed iteration):
//   source   an async generator yields ITEMS records (awaiting every item);
//   parse    an async function per record, resolved through a .then chain;
//   batch    records grouped BATCH at a time, each batch awaited with
//            Promise.all over per-record async work (some of it rejecting
//            and caught by Promise.allSettled);
//   race     every RACE_EVERY batches, a Promise.race / Promise.any between
//            an already-settled promise and a pending one;
//   sink     a for-await loop sums the results.
// The sums are checked against closed forms when the pipeline ends. A
// pipeline still running when run() is called again is an error: the loop
// was not drained.

var ITEMS = 5000;
var BATCH = 25;
var RACE_EVERY = 4;

var pending = false;
var whenIdle = null;
var iteration = 0;

async function* source(n) {
  for (var i = 0; i < n; i++) {
    await null;
    yield { id: i, text: "item-" + i + ":" + (i * 7 % 13) };
  }
}

function parse(rec) {
  return Promise.resolve(rec.text)
    .then(function (t) { return t.split(":"); })
    .then(function (parts) { return { id: rec.id, weight: Number(parts[1]), label: parts[0] }; });
}

async function work(rec) {
  if (rec.weight === 0) throw new Error("zero weight " + rec.id);
  await Promise.resolve();
  return rec.id * rec.weight;
}

async function* batches(src) {
  var group = [];
  for await (var rec of src) {
    group.push(parse(rec));
    if (group.length === BATCH) { yield Promise.all(group); group = []; }
  }
  if (group.length) yield Promise.all(group);
}

async function pipeline(stats) {
  var nb = 0;
  for await (var recs of batches(source(ITEMS))) {
    var settled = await Promise.allSettled(recs.map(work));
    for (var s of settled) {
      if (s.status === "fulfilled") stats.sum += s.value;
      else stats.rejected++;
    }
    if (++nb % RACE_EVERY === 0) {
      var slow = new Promise(function (resolve) { setImmediate(resolve, -1); });
      stats.race += await Promise.race([Promise.resolve(nb), slow]);
      stats.any += await Promise.any([Promise.reject(new Error("no")), Promise.resolve(1)]);
      await slow;
    }
  }
  return nb;
}

function expected() {
  var sum = 0, rejected = 0, nb = Math.ceil(ITEMS / BATCH), race = 0, any = 0;
  for (var i = 0; i < ITEMS; i++) {
    var w = i * 7 % 13;
    if (w === 0) rejected++; else sum += i * w;
  }
  for (var b = RACE_EVERY; b <= nb; b += RACE_EVERY) { race += b; any++; }
  return { sum: sum, rejected: rejected, race: race, any: any, batches: nb };
}

var EXPECTED = expected();

function check(stats, nb) {
  var e = EXPECTED;
  if (nb !== e.batches || stats.sum !== e.sum || stats.rejected !== e.rejected || stats.race !== e.race || stats.any !== e.any)
    throw new Error("pipeline: wrong result " + JSON.stringify(stats) + " batches " + nb + ", expected " + JSON.stringify(e));
}

function run() {
  if (pending) throw new Error("pipeline: the previous iteration had not finished (the loop was not drained)");
  pending = true;
  var stats = { sum: 0, rejected: 0, race: 0, any: 0 };
  pipeline(stats).then(function (nb) {
    check(stats, nb);
    pending = false;
    if (whenIdle) { var k = whenIdle; whenIdle = null; k(); }
  });
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
      if (n > 0) log("pipeline: " + done + " iterations, sum " + EXPECTED.sum);
      return;
    }
    done++;
    whenIdle = next;
    run();
  }
  next();
})();
