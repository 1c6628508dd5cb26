#!/usr/bin/env python3
"""Total time per cell of a harness run, as issue 3's claim counts it.

    python3 experiments/gc_totals.py RUN [RUN...]

For every cell with ok executions: the sum of an execution's iteration
times, median over the executions, in seconds -- wall clock (`wall_ns`)
and CPU time (`cpu_ns`, the engine's thread CPU time; on a shared machine
the one to trust).  Prints one table per measure, benchmarks as rows and
configurations as columns, with a `sum` row over the benchmarks each
configuration has, and the heap each cell ran with (MiB).  Several runs
(shards) are pooled.
"""
import json
import os
import statistics
import sys


def load(paths):
    iters, execs, heap = {}, {}, {}
    for p in paths:
        path = p if p.endswith(".jsonl") else os.path.join(p, "results.jsonl")
        with open(path) as f:
            for line in f:
                r = json.loads(line)
                t = r.get("type")
                if t == "iteration":
                    key = (r["benchmark"], r["config"], r["exec"])
                    iters.setdefault(key, {})[r["i"]] = (r["wall_ns"], r["cpu_ns"])
                elif t == "exec":
                    execs[(r["benchmark"], r["config"], r["exec"])] = r["status"]
                    if r.get("heap_bytes"):
                        heap[(r["benchmark"], r["config"])] = r["heap_bytes"]
    return iters, execs, heap


def main():
    if len(sys.argv) < 2:
        print(__doc__.strip().split("\n\n")[1], file=sys.stderr)
        return 2
    iters, execs, heap = load(sys.argv[1:])
    cells = {}
    for (b, c, e), status in execs.items():
        if status != "ok" or (b, c, e) not in iters:
            continue
        its = iters[(b, c, e)].values()
        cells.setdefault((b, c), []).append((sum(w for w, _ in its) / 1e9, sum(u for _, u in its) / 1e9))
    benches = sorted({b for b, _ in cells})
    configs = sorted({c for _, c in cells})
    for idx, name in ((1, "CPU time (cpu_ns)"), (0, "wall time (wall_ns)")):
        print(f"\n{name}, s: sum of the iterations, median over executions")
        print("| benchmark | " + " | ".join(configs) + " |")
        print("|---|" + "---|" * len(configs))
        tot = {c: 0.0 for c in configs}
        for b in benches:
            row = []
            for c in configs:
                v = cells.get((b, c))
                if not v:
                    row.append("-")
                    continue
                m = statistics.median(x[idx] for x in v)
                tot[c] += m
                row.append(f"{m:.3f} ({len(v)})")
            print(f"| {b} | " + " | ".join(row) + " |")
        print("| sum | " + " | ".join(f"{tot[c]:.3f}" for c in configs) + " |")
    print("\nheap per cell, MiB")
    print("| benchmark | " + " | ".join(configs) + " |")
    for b in benches:
        print(f"| {b} | " + " | ".join(f"{heap[(b, c)] / 2**20:.1f}" if (b, c) in heap else "-" for c in configs) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
