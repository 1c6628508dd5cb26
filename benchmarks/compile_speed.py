#!/usr/bin/env python3
"""Baseline JIT compile speed: bytecode bytes per microsecond, per function.

For each engine binary given, runs every benchmark (classic and micro
suites by default) as a plain script with --stats=json, tiering up
(--tiers=interp,baseline) and eagerly (--eager=baseline), and computes
bytecode_bytes / baseline_compile_ns for every function compiled by the
baseline JIT (docs/tiers.md says what that time covers).  Prints the median
per benchmark and over all functions of all runs.  Binaries are run
alternately (A, B, A, B, ...) so a noisy machine affects them alike.

Usage: benchmarks/compile_speed.py [--runs N] [--suites classic,micro] BINARY...
"""
import argparse
import glob
import json
import os
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODES = {"tier-up": ["--tiers=interp,baseline"], "eager": ["--tiers=interp,baseline", "--eager=baseline"]}


def rates(binary, flags, script):
    p = subprocess.run([binary] + flags + ["--stats=json", script], capture_output=True, text=True, cwd=ROOT,
                       timeout=300)
    if p.returncode != 0:
        sys.exit(f"{binary} {' '.join(flags)} {script}: exit {p.returncode}\n{p.stderr[-2000:]}")
    out = p.stdout + p.stderr
    at = out.rfind('{"parse_ns"')
    if at < 0:
        sys.exit(f"{binary}: no --stats=json output for {script}")
    stats, _ = json.JSONDecoder().raw_decode(out[at:])
    return [f["bytecode_bytes"] / (f["baseline_compile_ns"] / 1e3) for f in stats.get("functions", [])
            if f["tier"] == "baseline" and f["baseline_compile_ns"] > 0]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=3, help="process runs per binary, mode and benchmark")
    ap.add_argument("--suites", default="classic,micro")
    ap.add_argument("--modes", default="tier-up,eager", help="comma list of: " + ", ".join(MODES))
    ap.add_argument("binaries", nargs="+")
    args = ap.parse_args()
    scripts = sorted(s for suite in args.suites.split(",")
                     for s in glob.glob(os.path.join(ROOT, "benchmarks", suite, "*.js")))
    if not scripts:
        sys.exit("no benchmarks found")
    for mode in args.modes.split(","):
        if mode not in MODES:
            sys.exit(f"--modes: unknown mode '{mode}' (known: {', '.join(MODES)})")
        flags = MODES[mode]
        per = {b: {} for b in args.binaries}
        for script in scripts:
            for _ in range(args.runs):
                for b in args.binaries:
                    per[b].setdefault(script, []).extend(rates(b, flags, script))
        print(f"== {mode} ({' '.join(flags)}): median B/us per function, {args.runs} runs each")
        print(f"{'benchmark':24s}" + "".join(f"{os.path.relpath(b, ROOT)[-22:]:>24s}" for b in args.binaries))
        for script in scripts:
            row = [statistics.median(per[b][script]) if per[b][script] else float("nan") for b in args.binaries]
            print(f"{os.path.basename(script):24s}" + "".join(f"{r:24.1f}" for r in row))
        alls = [[r for rs in per[b].values() for r in rs] for b in args.binaries]
        print(f"{'ALL (median, n)':24s}" + "".join(f"{statistics.median(a):17.1f} n={len(a):4d}" for a in alls))


if __name__ == "__main__":
    main()
