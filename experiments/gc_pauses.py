#!/usr/bin/env python3
"""Pause percentiles per cell of a harness run, minor collections apart.

    python3 experiments/gc_pauses.py results/gc-3x-TIME [--kind m|M|F|all]

Reads RUN/results.jsonl: every exec record with status ok carries the
pauses of its collections during the iterations (`gc_pauses_ns`, wall
clock), and with tierlab also their kinds (`gc_pause_kinds`: m minor,
M major, F full) and their CPU time (`gc_pauses_cpu_ns`, the collecting
thread's).  Pools the pauses of a cell's executions and prints, per cell,
the count and the p50 / p99 / max of wall and CPU time in milliseconds
(nearest-rank percentiles).  The wall-clock pause is what the mutator
waited; on a loaded machine it includes time the thread was preempted,
which the CPU time does not.
"""
import argparse
import json
import math
import os
import sys


def pct(v, q):
    v = sorted(v)
    return v[min(len(v) - 1, max(0, math.ceil(q * len(v)) - 1))]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("run", help="a run directory (with results.jsonl) or the file itself")
    ap.add_argument("--kind", default="m", choices=["m", "M", "F", "all"],
                    help="which collections: m minor (default), M major, F full, all")
    a = ap.parse_args()
    path = a.run if a.run.endswith(".jsonl") else os.path.join(a.run, "results.jsonl")
    cells = {}
    with open(path) as f:
        for line in f:
            r = json.loads(line)
            if r.get("type") != "exec" or r.get("status") != "ok":
                continue
            wall = r.get("gc_pauses_ns") or []
            kinds = r.get("gc_pause_kinds")
            cpu = r.get("gc_pauses_cpu_ns")
            c = cells.setdefault(r["cell"], {"wall": [], "cpu": [], "execs": 0, "kinds": True})
            c["execs"] += 1
            if kinds is None or cpu is None or len(kinds) != len(wall) or len(cpu) != len(wall):
                c["kinds"] = False   # an engine without the kinds: only --kind all is meaningful
                kinds, cpu = "?" * len(wall), [None] * len(wall)
            for w, k, u in zip(wall, kinds, cpu):
                if a.kind == "all" or k == a.kind:
                    c["wall"].append(w / 1e6)
                    if u is not None:
                        c["cpu"].append(u / 1e6)
    if not cells:
        print(f"gc_pauses: no ok exec records in {path}", file=sys.stderr)
        return 1
    print(f"{'cell':44} {'execs':>5} {'pauses':>6}  {'wall p50':>8} {'p99':>8} {'max':>8}   {'cpu p50':>8} {'p99':>8} {'max':>8}")
    for name in sorted(cells):
        c = cells[name]
        if a.kind != "all" and not c["kinds"]:
            print(f"{name:44} {c['execs']:>5}  (no pause kinds recorded)")
            continue
        w, u = c["wall"], c["cpu"]
        if not w:
            print(f"{name:44} {c['execs']:>5} {0:>6}")
            continue
        cs = (f"{pct(u, .5):8.3f} {pct(u, .99):8.3f} {max(u):8.3f}" if u else "")
        print(f"{name:44} {c['execs']:>5} {len(w):>6}  {pct(w, .5):8.3f} {pct(w, .99):8.3f} {max(w):8.3f}   {cs}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
