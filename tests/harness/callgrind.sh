#!/usr/bin/env bash
# Instruction counts under callgrind, end to end (ctest harness-callgrind,
# label `harness`): a tiny experiment with `callgrind: {executions: 2}` runs
# an ok benchmark under two tier configurations and a failing one; checks
#  - every count is positive where the phase ran (parse, compile, exec, init),
#    the per-iteration split has one entry per iteration, and values carry
#    source "callgrind";
#  - determinism: the two executions of a cell give identical engine totals
#    and identical counts in every engine phase (only "other" -- the bench
#    protocol's own records, which print timings and the pid -- may differ);
#  - a failed execution has null counts with a reason, never 0;
#  - the report has the table, callgrind.csv and a real PNG of the figure.
# Skips (exit 77) when valgrind is not installed.
# usage: tests/harness/callgrind.sh BUILD_DIR
set -euo pipefail
if ! command -v valgrind >/dev/null 2>&1; then
  echo "callgrind: SKIP: valgrind is not installed (apt-get install valgrind)"
  exit 77
fi
build=$(cd "${1:-build}" && pwd)
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"
fail() { echo "callgrind: FAIL: $*" >&2; exit 1; }

cat > "$work/cg.yaml" <<YAML
name: callgrind-e2e
executions: 1
iterations: 2
timeout: 30
suites:
  tiny:
    path: tests/harness/e2e
    benchmarks: [ok, wrong]
executors:
  tierlab: {path: $build/tierlab, kind: tierlab}
axes:
  tiers: {interp: [--tiers=interp], baseline: ["--tiers=interp,baseline", --baseline-after=2]}
configurations:
  - executor: tierlab
    axes: [tiers]
callgrind:
  executions: 2
YAML
"$build/tierlab-bench" run "$work/cg.yaml" --out "$work/run" > "$work/run.log" 2>&1 \
  || true   # failed executions (wrong.js) are expected; the records are checked below
res="$work/run/results.jsonl"
[ -s "$res" ] || fail "no results: $(tail -5 "$work/run.log")"
python3 - "$res" <<'PY' || fail "checks on the callgrind records failed (above)"
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1]) if '"type":"callgrind"' in l]
def die(msg):
    print("callgrind:", msg, file=sys.stderr); sys.exit(1)
if len(recs) != 8: die("expected 8 callgrind records (2 benchmarks x 2 configs x 2), got %d" % len(recs))
by = {}
for r in recs:
    by.setdefault(r["cell"], {})[r["exec"]] = r
phases = ["parse", "compile", "baseline", "gc", "exec", "init", "teardown", "other"]
for cell, ex in by.items():
    if sorted(ex) != [0, 1]: die("%s: executions %s" % (cell, sorted(ex)))
    if "/wrong/" in cell:
        for r in ex.values():
            if r["status"] != "failed": die("%s: status %s, expected failed" % (cell, r["status"]))
            for k, v in r["instructions"].items():
                if v["value"] is not None or not v.get("error"): die("%s: %s is not null with a reason" % (cell, k))
        continue
    a, b = ex[0]["instructions"], ex[1]["instructions"]
    for r in ex.values():
        if r["status"] != "ok": die("%s: status %s" % (cell, r["status"]))
        ins = r["instructions"]
        for k, v in ins.items():
            if v["source"] != "callgrind": die("%s: %s source %s" % (cell, k, v["source"]))
            if v["value"] is None: die("%s: %s unavailable: %s" % (cell, k, v.get("error")))
        for k in ["total", "engine", "parse", "compile", "exec", "init", "teardown", "other"]:
            if ins[k]["value"] <= 0: die("%s: %s = %d" % (cell, k, ins[k]["value"]))
        if sum(ins[p]["value"] for p in phases) != ins["total"]["value"]: die("%s: phases do not sum to total" % cell)
        it = r["per_iteration"]
        if it is None or len(it) != 2: die("%s: per_iteration %r (%s)" % (cell, it, r.get("per_iteration_error")))
        if any(x["engine"]["value"] <= 0 for x in it): die("%s: an iteration without instructions" % cell)
        if r["unbalanced"] != 0: die("%s: %d unbalanced phase boundaries" % (cell, r["unbalanced"]))
    if cell.endswith("/baseline") and a["baseline"]["value"] <= 0: die("%s: no baseline compile counted" % cell)
    if cell.endswith("/interp") and a["baseline"]["value"] != 0: die("%s: baseline compile under --tiers=interp" % cell)
    for k in ["engine"] + [p for p in phases if p != "other"]:
        if a[k]["value"] != b[k]["value"]:
            die("%s: not deterministic: %s %d vs %d" % (cell, k, a[k]["value"], b[k]["value"]))
    ia = [x["engine"]["value"] for x in ex[0]["per_iteration"]]
    ib = [x["engine"]["value"] for x in ex[1]["per_iteration"]]
    if ia != ib: die("%s: per-iteration counts differ: %s vs %s" % (cell, ia, ib))
    print("callgrind: %s engine %d instructions (total %d / %d), iterations %s" %
          (cell, a["engine"]["value"], a["total"]["value"], b["total"]["value"], ia))
PY
grep -q '^## Instruction counts (callgrind)' "$work/run/report.md" || fail "report.md has no callgrind section"
[ "$(grep -c '| yes (2 runs) |' "$work/run/report.md")" = 2 ] || fail "report.md does not call both ok cells repeatable"
[ "$(grep -c ',process,' "$work/run/callgrind.csv")" = 8 ] || fail "callgrind.csv lacks process rows"
png="$work/run/figures/breakdown-instructions.png"
head -c 8 "$png" | od -An -tx1 | tr -d ' \n' | grep -q '^89504e470d0a1a0a$' || fail "$png is not a PNG"
[ ! -e "$work/run/callgrind" ] || fail "profile parts were left behind without keep: true"
echo "callgrind: ok"
