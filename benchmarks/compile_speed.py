#!/usr/bin/env python3
"""Baseline JIT compile speed: bytecode bytes per microsecond, per function.

For each engine binary given, runs every benchmark (classic and micro
suites by default) as a plain script with --stats=json, tiering up
(--tiers=interp,baseline) and eagerly (--eager=baseline), and computes
bytecode_bytes / baseline_compile_ns for every function compiled by the
baseline JIT (docs/tiers.md says what that time covers).  Prints the median
per benchmark and over all functions of all runs.  Binaries are run
alternately (A, B, A, B, ...) so a noisy machine affects them alike.

Where the binary reports it (baseline_install_ns, since 2026-11-28), two
more rows split that time: the rate of everything but the install (the
BlCode, emission, label resolution: what the JIT's own code costs) and
the median install time per function (the copy into code memory: its
fresh pages' faults, and before session 15 a system call -- costs of the
machine more than of the JIT; see docs/tiers.md, "Session 11" and
"Session 15").  The first line of the output
is what those cost on this machine (benchmarks/machine_costs.c).

Usage: benchmarks/compile_speed.py [--runs N] [--suites classic,micro] BINARY...
"""
import argparse
import glob
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

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
    out = []
    for f in stats.get("functions", []):
        if f["tier"] != "baseline" or f["baseline_compile_ns"] <= 0:
            continue
        total = f["baseline_compile_ns"]
        install = f.get("baseline_install_ns")
        own = total - install if install is not None and total > install else None
        out.append((f["bytecode_bytes"] / (total / 1e3),
                    f["bytecode_bytes"] / (own / 1e3) if own else None,
                    install / 1e3 if install is not None else None))
    return out


def machine_costs():
    """One line from benchmarks/machine_costs.c: what a system call, an
    install's fresh page (each way of writing code) and a first touch cost here (compile rates from two
    machines are not comparable without it)."""
    cc = shutil.which("cc") or shutil.which("gcc")
    if not cc:
        return "machine: not measured (no C compiler)"
    with tempfile.TemporaryDirectory() as tmp:
        exe = os.path.join(tmp, "machine_costs")
        p = subprocess.run([cc, "-O2", "-o", exe, os.path.join(ROOT, "benchmarks", "machine_costs.c")],
                           capture_output=True, text=True)
        if p.returncode != 0:
            return "machine: not measured (machine_costs.c did not build: %s)" % p.stderr.strip()[-200:]
        p = subprocess.run([exe], capture_output=True, text=True, timeout=120)
        return p.stdout.strip() if p.returncode == 0 else "machine: not measured (%s)" % p.stderr.strip()[-200:]


def median_row(label, cols, fmt):
    cells = []
    for c in cols:
        c = [x for x in c if x is not None]
        cells.append(f"{statistics.median(c):17{fmt}} n={len(c):4d}" if c else f"{'-':>24s}")
    print(f"{label:24s}" + "".join(cells))


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
    print(machine_costs())
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
            row = [statistics.median(r[0] for r in per[b][script]) if per[b][script] else float("nan")
                   for b in args.binaries]
            print(f"{os.path.basename(script):24s}" + "".join(f"{r:24.1f}" for r in row))
        alls = [[r for rs in per[b].values() for r in rs] for b in args.binaries]
        median_row("ALL (median, n)", [[r[0] for r in a] for a in alls], ".1f")
        median_row("  without install, B/us", [[r[1] for r in a] for a in alls], ".1f")
        median_row("  install, us", [[r[2] for r in a] for a in alls], ".2f")


if __name__ == "__main__":
    main()
