// node_bench.js — the bench protocol for node, so that node runs the same
// benchmark files the same way tierlab does (see engine/main.c):
//
//   node [--max-opt=K] benchmarks/harness/node_bench.js FILE.js N [ENTRY]
//
// Sets globalThis.__bench, defines print/scriptArgs, runs FILE.js as a
// classic script, lets the event loop finish what the script started, then
// calls ENTRY (default "run") N times. One JSON object per line goes to fd 3
// if the harness opened it, else to stderr:
//   {"type":"start","engine":"node",...}  {"type":"iteration",...}  {"type":"end",...}
// "stats" is empty (node exposes no engine counters); "counters" likewise.
//
// An iteration lasts until the event loop is empty again, as in tierlab,
// whose protocol runs tl_run_loop after each call: the iteration's
// microtasks, nextTicks, timers, immediates and I/O all count in its time.
// Node says when its loop is empty with the process's 'beforeExit' event
// (emitted whenever the loop runs out of work; a listener that schedules
// more keeps the process alive), so each iteration starts in a 'beforeExit'
// listener and ends at the next one.  After calling ENTRY the listener
// schedules one empty setImmediate, so that a synchronous benchmark also
// gets its next 'beforeExit' (one loop turn, ~2 µs).  An exception thrown by
// ENTRY or by any callback it scheduled, or an unhandled rejection, ends the
// run with status 1 (tierlab: the loop stops, exit 1).
"use strict";
const fs = require("fs");
const vm = require("vm");

const [file, nText, entry = "run"] = process.argv.slice(2);
if (!file || !nText) {
  process.stderr.write("usage: node node_bench.js FILE.js N [ENTRY]\n");
  process.exit(2);
}
const iterations = parseInt(nText, 10);
if (!(iterations >= 0)) {
  process.stderr.write(`node_bench: N must be a number of iterations, not '${nText}'\n`);
  process.exit(2);
}

// fd 3 when the harness opened it for writing; otherwise stderr.
let fd = 3;
function emit(obj) {
  const line = JSON.stringify(obj) + "\n";
  try {
    fs.writeSync(fd, line);
  } catch (e) {
    if (fd === 2) throw e;
    fd = 2;
    fs.writeSync(fd, line);
  }
}

globalThis.__bench = true;
globalThis.print = function () { console.log.apply(console, arguments); };
globalThis.scriptArgs = [];

let started = false;     // the start record is out; iterations are running
let finished = false;    // the end record is out
let i = 0;               // the iteration running (= iterations completed)
let t_start = 0n, w0 = 0n, c0 = null;

function finish(status) {
  if (!finished) {
    finished = true;
    emit({ type: "end", iterations: i, total_ns: started ? Number(process.hrtime.bigint() - t_start) : 0,
           stats: {}, gc_pauses_ns: null });
  }
  if (status !== 0) process.exit(status);
}

function failed(e) {
  process.stderr.write("Uncaught " + ((e && e.stack) || String(e)) + "\n");
  if (started) finish(1);
  process.exit(1);
}
process.on("uncaughtException", failed);
process.on("unhandledRejection", failed);

try {
  vm.runInThisContext(fs.readFileSync(file, "utf8"), { filename: file });
} catch (e) {
  failed(e);
}
const fn = globalThis[entry];
if (typeof fn !== "function") {
  process.stderr.write(`node_bench: ${file} defines no function ${entry}()\n`);
  process.exit(1);
}

function noop() {}

function startIteration() {
  c0 = process.cpuUsage();
  w0 = process.hrtime.bigint();
  try {
    fn();
  } catch (e) {
    failed(e);
  }
  setImmediate(noop);
}

process.on("beforeExit", () => {
  if (finished) return;
  if (!started) {
    // the script's own async work is done: like tierlab's, start-up ends here
    started = true;
    emit({ type: "start", engine: "node", version: process.version, pid: process.pid,
           startup_ns: Math.round(process.uptime() * 1e9),
           flags: { execArgv: process.execArgv } });
    t_start = process.hrtime.bigint();
  } else {
    // iteration i is over: everything it queued has run
    const w1 = process.hrtime.bigint();
    const c1 = process.cpuUsage(c0);
    emit({ type: "iteration", i, wall_ns: Number(w1 - w0),
           cpu_ns: (c1.user + c1.system) * 1000, stats: {}, counters: {} });
    i++;
  }
  if (i < iterations) startIteration();
  else finish(0);
});
