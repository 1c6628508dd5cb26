#!/usr/bin/env bash
# benchmarks/run.sh — whole-process timing of the suite in MANIFEST under
# build/tierlab and under node's interpreter (node --max-opt=0, "ignition").
#
#   benchmarks/run.sh [--runs N] [--iterations N] [--engine PATH]
#                     [--flags "..."] [--only NAME] [--timeout S] [--no-node]
#
# Each benchmark runs N times (default 5) per engine; each process calls
# run() --iterations times (default 3, passed as scriptArgs[0]). Wall time is
# measured around the whole process with a monotonic clock. Prints a table
# (medians, ratio tierlab/node, geometric mean of the ratios) and writes raw
# rows to results/bench-<timestamp>.csv. A benchmark that fails or times out
# under tierlab is reported as FAILED; the script itself still succeeds.
# Environment: BENCH_RUNS, BENCH_ITERATIONS, TIERLAB, TIERLAB_FLAGS.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
exec python3 - "$@" <<'PY'
import argparse, math, os, shlex, shutil, statistics, subprocess, sys, time

ap = argparse.ArgumentParser(prog="benchmarks/run.sh")
ap.add_argument("--runs", type=int, default=int(os.environ.get("BENCH_RUNS", 5)))
ap.add_argument("--iterations", type=int, default=int(os.environ.get("BENCH_ITERATIONS", 3)))
ap.add_argument("--engine", default=os.environ.get("TIERLAB", "build/tierlab"))
ap.add_argument("--flags", default=os.environ.get("TIERLAB_FLAGS", ""))
ap.add_argument("--only", action="append", default=[])
ap.add_argument("--timeout", type=float, default=300.0)
ap.add_argument("--no-node", action="store_true")
argv = sys.argv[1:]
for i in range(len(argv) - 1):
    if argv[i] == "--flags":   # keep "--flags --gc=x" from parsing as an option
        argv[i:i + 2] = ["--flags=" + argv[i + 1]]
        break
args = ap.parse_args(argv)

benches = []
with open("benchmarks/MANIFEST") as f:
    for line in f:
        line = line.strip()
        if line and not line.startswith("#"):
            name, path = line.split()[:2]
            if not args.only or name in args.only:
                benches.append((name, os.path.join("benchmarks", path)))

node = None if args.no_node else shutil.which("node")
engines = []
if os.access(args.engine, os.X_OK):
    engines.append(("tierlab", [args.engine] + shlex.split(args.flags)))
else:
    print("run.sh: %s not found; tierlab column will be FAILED" % args.engine, file=sys.stderr)
if node:
    engines.append(("node-ignition", [node, "--max-opt=0"]))

stamp = time.strftime("%Y%m%d-%H%M%S")
os.makedirs("results", exist_ok=True)
csv_path = "results/bench-%s.csv" % stamp
csv = open(csv_path, "w")
csv.write("timestamp,benchmark,engine,run,iterations,wall_s,status\n")

def time_one(cmd):
    t0 = time.monotonic_ns()
    try:
        p = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=args.timeout)
    except subprocess.TimeoutExpired:
        return None, "timeout", "timeout after %gs" % args.timeout
    dt = (time.monotonic_ns() - t0) / 1e9
    if p.returncode != 0:
        status = "signal %d" % -p.returncode if p.returncode < 0 else "exit %d" % p.returncode
        tail = p.stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
        return None, status, " / ".join(tail)
    return dt, "ok", ""

medians = {}
failures = []
for name, path in benches:
    for ename, base in engines:
        times = []
        for r in range(args.runs):
            dt, status, why = time_one(base + [path, str(args.iterations)])
            csv.write("%s,%s,%s,%d,%d,%s,%s\n" % (stamp, name, ename, r, args.iterations,
                                                  "" if dt is None else "%.6f" % dt, status))
            csv.flush()
            if dt is None:
                failures.append("%s under %s: %s %s" % (name, ename, status, why))
                times = None
                break
            times.append(dt)
        medians[(name, ename)] = statistics.median(times) if times else None
        print("  %-10s %-14s %s" % (name, ename, "FAILED" if not times else
              "median %.3fs over %d runs" % (medians[(name, ename)], len(times))), file=sys.stderr)

def fmt(x):
    return "FAILED" if x is None else "%.3f" % x

print()
print("%-10s %12s %15s %8s" % ("benchmark", "tierlab (s)", "node-ign. (s)", "ratio"))
print("-" * 48)
ratios = []
for name, _ in benches:
    t = medians.get((name, "tierlab"))
    n = medians.get((name, "node-ignition"))
    ratio = t / n if (t and n) else None
    if ratio:
        ratios.append(ratio)
    print("%-10s %12s %15s %8s" % (name, fmt(t), fmt(n) if node else "-",
                                    "%.2fx" % ratio if ratio else "-"))
print("-" * 48)
if ratios:
    gm = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
    print("geometric mean of ratios (tierlab / node-ignition): %.2fx over %d benchmarks" % (gm, len(ratios)))
else:
    print("geometric mean of ratios: n/a (no benchmark completed on both engines)")
print("runs=%d iterations=%d flags=%r" % (args.runs, args.iterations, args.flags))
print("raw results: %s" % csv_path)
if failures:
    print("\nfailures:")
    for f in failures:
        print("  " + f)
csv.close()
PY
