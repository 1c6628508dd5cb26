// node_bench.js — the bench protocol for node, so that node runs the same
// benchmark files the same way tierlab does (see engine/main.c):
//
//   node [--max-opt=K] benchmarks/harness/node_bench.js FILE.js N [ENTRY]
//
// Sets globalThis.__bench, defines print/scriptArgs, runs FILE.js as a
// classic script, then calls ENTRY (default "run") N times. One JSON object
// per line goes to fd 3 if the harness opened it, else to stderr:
//   {"type":"start","engine":"node",...}  {"type":"iteration",...}  {"type":"end",...}
// "stats" is empty (node exposes no engine counters); "counters" likewise.
"use strict";
const fs = require("fs");
const vm = require("vm");

const [file, nText, entry = "run"] = process.argv.slice(2);
if (!file || !nText) {
  process.stderr.write("usage: node node_bench.js FILE.js N [ENTRY]\n");
  process.exit(2);
}
const iterations = parseInt(nText, 10);

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

try {
  vm.runInThisContext(fs.readFileSync(file, "utf8"), { filename: file });
} catch (e) {
  process.stderr.write("Uncaught " + ((e && e.stack) || String(e)) + "\n");
  process.exit(1);
}
const fn = globalThis[entry];
if (typeof fn !== "function") {
  process.stderr.write(`node_bench: ${file} defines no function ${entry}()\n`);
  process.exit(1);
}

emit({ type: "start", engine: "node", version: process.version, pid: process.pid,
       // like tierlab's: process start -> benchmark file loaded
       startup_ns: Math.round(process.uptime() * 1e9),
       flags: { execArgv: process.execArgv } });
const t_start = process.hrtime.bigint();
let i = 0;
for (; i < iterations; i++) {
  const c0 = process.cpuUsage();
  const w0 = process.hrtime.bigint();
  try {
    fn();
  } catch (e) {
    process.stderr.write("Uncaught " + ((e && e.stack) || String(e)) + "\n");
    process.exitCode = 1;
    break;
  }
  const w1 = process.hrtime.bigint();
  const c1 = process.cpuUsage(c0);
  emit({ type: "iteration", i, wall_ns: Number(w1 - w0),
         cpu_ns: (c1.user + c1.system) * 1000, stats: {}, counters: {} });
}
emit({ type: "end", iterations: i, total_ns: Number(process.hrtime.bigint() - t_start),
       stats: {}, gc_pauses_ns: null });
