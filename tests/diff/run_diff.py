#!/usr/bin/env python3
"""Differential testing: every JS test under every tier preset x GC plan
must print the same stdout and end the same way (success / script error).

The first available configuration is the reference. Configurations the
engine rejects (exit 2 on an empty program: unknown --gc plan or --tiers
name) are reported as unavailable and skipped, so the matrix grows by itself
as tiers and plans land.

Usage: tests/diff/run_diff.py [--engine PATH] [--tiers LIST] [--gcs LIST]
                              [--extra "flags"]... [--filter SUBSTR] [--exclude SUBSTR]
                              [--sample K] [--timeout S] [-j N] [-v]
  --tiers "interp;interp,baseline;interp,baseline,opt"   (';'-separated presets;
          a preset may add tier flags: "interp,baseline --eager=baseline")
  --gcs   "marksweep,semispace,nogc,markcompact,gencopy,genms,rc"
  --extra="--eager=baseline"   adds one more configuration (repeatable;
                               use the = form: the value starts with --)
  --sample K   run each test under the reference and K of the other
               configurations, not all of them: test i (in sorted order) takes
               configurations 1 + (i*K + j) mod (n-1), j < K, so consecutive
               tests take consecutive configurations and each configuration
               runs about K/(n-1) of every area of the suite.  Deterministic:
               the same K gives the same runs.  CI runs --sample 4: the whole
               cross product (28 runs per test) was the largest part of its
               time.  Without --sample every test runs everywhere.
"""
import argparse
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
JS_DIR = os.path.join(ROOT, "tests", "js")
sys.path.insert(0, os.path.join(ROOT, "tests"))
import run_js  # noqa: E402  (file_flags: a test's `// flags:` line)


def run(cmd, timeout):
    try:
        p = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           stdin=subprocess.DEVNULL, timeout=timeout)
    except subprocess.TimeoutExpired:
        return ("timeout", "")
    rc = p.returncode
    outcome = "ok" if rc == 0 else ("signal %d" % -rc if rc < 0 else "error")
    return (outcome, p.stdout.decode("utf-8", "replace"))


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--engine", default=os.path.join(ROOT, "build", "tierlab"))
    ap.add_argument("--tiers", default="interp;interp,baseline;interp,baseline --eager=baseline;"
                                        "interp,baseline --tier-scale=0.0001;interp,baseline,opt;"
                                        "interp,baseline,opt --eager=opt")
    ap.add_argument("--gcs", default="marksweep,semispace,nogc,markcompact,gencopy,genms,rc")
    ap.add_argument("--extra", action="append", default=[])
    ap.add_argument("--filter", action="append", default=[])
    ap.add_argument("--exclude", action="append", default=[])
    ap.add_argument("--sample", type=int, default=0,
                    help="each test under the reference and K other configurations (0 = all)")
    ap.add_argument("--timeout", type=float, default=20.0)
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()

    args.engine = os.path.abspath(args.engine)   # runs use cwd=ROOT
    if not os.access(args.engine, os.X_OK):
        print("run_diff: engine %s not found" % args.engine)
        return 1

    candidates = []
    for preset in [t for t in args.tiers.split(";") if t.strip()]:
        # a preset is a tier list, optionally followed by tier flags
        # ("interp,baseline --eager=baseline"), crossed with every plan
        tiers, *tier_flags = preset.split()
        for gc in [g for g in args.gcs.split(",") if g]:
            candidates.append(["--tiers=" + tiers] + tier_flags + ["--gc=" + gc])
    for extra in args.extra:
        candidates.append(extra.split())

    configs = []
    for flags in candidates:
        p = subprocess.run([args.engine] + flags + ["-e", ""], cwd=ROOT,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if p.returncode == 0:
            configs.append(flags)
        elif args.verbose:
            print("unavailable: %s" % " ".join(flags))
    if not configs:
        print("run_diff: no configuration is available")
        return 1
    print("configurations: %s" % " | ".join(" ".join(c) for c in configs))

    tests = []
    for dirpath, dirs, files in os.walk(JS_DIR):
        dirs[:] = [d for d in dirs if d != "fixtures"]   # modules the tests require, not tests
        for name in files:
            rel = os.path.relpath(os.path.join(dirpath, name), ROOT)
            if name.endswith(".js") and (not args.filter or any(f in rel for f in args.filter)) \
                    and not any(x in rel for x in args.exclude):
                tests.append(rel)
    tests.sort()

    others = len(configs) - 1
    sample = min(args.sample, others) if args.sample > 0 else others

    def chosen(i):
        """The configurations test i runs under: the reference first."""
        if sample == others:
            return list(range(len(configs)))
        return [0] + sorted({1 + (i * sample + j) % others for j in range(sample)})

    def job(item):
        i, t = item
        # a test's own flags (`// flags: ...`, see tests/run_js.py)
        extra = run_js.file_flags(os.path.join(ROOT, t))
        which = chosen(i)
        results = [run([args.engine] + configs[k] + extra + [t], args.timeout) for k in which]
        return t, which, results

    failed = 0
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for t, which, results in pool.map(job, enumerate(tests)):
            ref = results[0]
            bad = [n for n, r in enumerate(results) if r != ref or r[0] not in ("ok", "error")]
            if bad:
                failed += 1
                print("DIFF %s" % t)
                print("  reference %s: %s, %d stdout lines" % (" ".join(configs[0]), ref[0], ref[1].count("\n")))
                for n in bad:
                    r = results[n]
                    ref_lines, got_lines = ref[1].split("\n"), r[1].split("\n")
                    first = next((k for k in range(max(len(ref_lines), len(got_lines)))
                                  if k >= len(ref_lines) or k >= len(got_lines) or ref_lines[k] != got_lines[k]), None)
                    where = "" if first is None else ", first difference at stdout line %d" % (first + 1)
                    print("  %s: %s%s" % (" ".join(configs[which[n]]), r[0], where))
            elif args.verbose:
                print("SAME %s" % t)
    runs = "" if sample == others else " (each test under the reference and %d of the others)" % sample
    print("consistent %d / %d across %d configurations%s" % (len(tests) - failed, len(tests), len(configs), runs))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
