#!/usr/bin/env bash
# Heap-factor axes end to end (ctest harness-heap, label `harness`):
#  1. the minimum heap comes from `tierlab --find-min-heap`, once per
#     (benchmark, plan): both tier configurations and both factors of a plan
#     share it; every cell runs with --heap = factor x minimum, and the exec
#     records and the report say so;
#  2. a benchmark that never completes gets no minimum: its cells are
#     recorded as failed with the reason, and the failure is cached;
#  3. a resumed run reuses the cached minimums (no new search);
#  4. an engine whose --help lacks --find-min-heap gets the harness's own
#     bisection, which agrees with the engine's search within 1 MiB.
# usage: tests/harness/heap.sh BUILD_DIR
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
root=$(cd "$(dirname "$0")/../.." && pwd)
bench="$build/tierlab-bench"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"
fail() { echo "heap: FAIL: $*" >&2; exit 1; }

experiment() {   # NAME EXECUTOR EXECUTIONS
cat > "$work/$1.yaml" <<YAML
name: $1
executions: $3
iterations: 2
timeout: 20
suites:
  tiny:
    path: tests/harness/e2e
    benchmarks: [alloc, wrong]
executors:
  tierlab: {path: $2, kind: tierlab}
axes:
  gc: {marksweep: [--gc=marksweep], semispace: [--gc=semispace]}
  tiers: {interp: [--tiers=interp], baseline: ["--tiers=interp,baseline"]}
  heap: {factors: [1.5, 3]}
configurations:
  - executor: tierlab
    axes: [gc, tiers, heap]
YAML
}

experiment heap "$build/tierlab" 1
"$bench" run "$work/heap.yaml" --out "$work/run" > "$work/run.log" 2>&1 || fail "run exited $?: $(tail -5 "$work/run.log")"
res="$work/run/results.jsonl"
python3 - "$res" <<'PY' || fail "checks on the records failed (above)"
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1])]
def die(msg):
    print("heap:", msg, file=sys.stderr); sys.exit(1)
notes = [r for r in recs if r.get("type") == "note" and r.get("kind") == "min_heap"]
if len(notes) != 4: die("expected 4 min_heap notes (2 benchmarks x 2 plans), got %d" % len(notes))
mins = {}
for n in notes:
    if n["source"] != "tierlab --find-min-heap": die("source %s" % n["source"])
    if "--find-min-heap" not in n["argv"] or "--bench-iterations=2" not in n["argv"]: die("argv %s" % n["argv"])
    if any(a.startswith("--tiers") for a in n["argv"]): die("tier flags in the search: %s" % n["argv"])
    if n["benchmark"].endswith("wrong.js"):
        if n["bytes"] != 0 or "error" not in n: die("the failing benchmark got a minimum: %s" % n)
    else:
        if n["bytes"] <= 0: die("no minimum for %s" % n["benchmark"])
        mins[n["plan"]] = n["bytes"]
if sorted(mins) != ["marksweep", "semispace"]: die("plans %s" % sorted(mins))
execs = [r for r in recs if r.get("type") == "exec"]
if len(execs) != 16: die("expected 16 exec records, got %d" % len(execs))
for e in execs:
    plan, factor = e["config"].split("/")[0], float(e["config"].split("/")[-1].rstrip("x"))
    if e["benchmark"] == "wrong":
        if e["status"] != "failed" or "no minimum heap" not in e["stderr_tail"]:
            die("%s: %s %r" % (e["cell"], e["status"], e["stderr_tail"]))
        continue
    if e["status"] != "ok": die("%s: %s" % (e["cell"], e["status"]))
    want = int(mins[plan] * factor)
    if e["min_heap_bytes"] != mins[plan] or e["heap_bytes"] != want: die("%s: heap %s" % (e["cell"], e))
    if "--heap=%d" % want not in e["argv"] or "--max-heap=%d" % want not in e["argv"]: die("%s argv" % e["cell"])
print("heap: minimums", mins)
PY
grep -q '^## Minimum heaps' "$work/run/report.md" || fail "report.md has no minimum-heap section"
grep -q '| tiny/alloc/semispace/baseline/3x | 3× |' "$work/run/report.md" || fail "report.md lacks the heap per cell"
grep -q 'gc-time-space.png' "$work/run/report.md" || fail "no time-space figure"

# Resume: drop the semispace executions (as if the run had been killed
# before them); running again must redo them from the cached minimums.
python3 - "$res" <<'PY'
import json, sys
lines = open(sys.argv[1]).read().splitlines(True)
keep = [l for l in lines if not ('"config":"semispace/' in l and '"type":"note"' not in l)]
open(sys.argv[1], "w").writelines(keep)
PY
"$bench" run "$work/heap.yaml" --out "$work/run" --no-report > "$work/run2.log" 2>&1 || fail "resume exited $?"
grep -q resuming "$work/run2.log" || fail "the second run did not resume"
grep -q 'finding the minimum heap' "$work/run2.log" && fail "the resumed run searched again"
[ "$(grep -c '"kind":"min_heap"' "$res")" = 4 ] || fail "notes changed on resume"
[ "$(grep -c '"type":"exec"' "$res")" = 16 ] || fail "the resumed run did not redo the semispace cells"

# An engine without --find-min-heap: the harness bisects.
cat > "$work/old-tierlab" <<SH2
#!/bin/sh
if [ "\$1" = --help ]; then "$build/tierlab" --help | grep -v find-min-heap; exit 0; fi
exec "$build/tierlab" "\$@"
SH2
chmod +x "$work/old-tierlab"
experiment old "$work/old-tierlab" 1
"$bench" run "$work/old.yaml" alloc/semispace/interp/1.5x --out "$work/old" --no-report > "$work/old.log" 2>&1 \
  || fail "run with the old engine exited $?: $(tail -5 "$work/old.log")"
python3 - "$res" "$work/old/results.jsonl" <<'PY' || fail "bisection check failed (above)"
import json, sys
def notes(p):
    return {n["plan"]: n for n in map(json.loads, open(p))
            if n.get("kind") == "min_heap" and n["benchmark"].endswith("alloc.js")}
new, old = notes(sys.argv[1]), notes(sys.argv[2])
o = old["semispace"]
if o["source"] != "tierlab-bench bisection": sys.exit("heap: source %s" % o["source"])
if abs(o["bytes"] - new["semispace"]["bytes"]) > (1 << 20):
    sys.exit("heap: bisection %d vs --find-min-heap %d" % (o["bytes"], new["semispace"]["bytes"]))
print("heap: bisection %d bytes, --find-min-heap %d bytes" % (o["bytes"], new["semispace"]["bytes"]))
PY
echo "heap: ok"
