#!/usr/bin/env bash
# The event loop inside bench iterations (ctest harness-event-loop, label
# `harness`): benchmarks/micro/event_loop.js under tierlab's bench protocol
# and under node_bench.js (when node is installed) -- every iteration runs
# the loop to completion (the benchmark throws otherwise), the loop's counts
# are the same in every iteration, and a check failing inside a timer
# callback fails the run after one iteration under both.
# usage: tests/harness/event_loop.sh BUILD_DIR
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"
fail() { echo "event_loop: FAIL: $*" >&2; exit 1; }
bench=benchmarks/micro/event_loop.js
iterations() { grep -c '"type":"iteration"' "$1" || true; }

# tierlab
"$build/tierlab" --bench-iterations=3 --bench-fd=3 "$bench" 3> "$work/tl.jsonl" 2> "$work/tl.err" \
  || fail "tierlab exited $?: $(tail -3 "$work/tl.err")"
[ "$(iterations "$work/tl.jsonl")" = 3 ] || fail "tierlab: expected 3 iterations"
python3 - "$work/tl.jsonl" <<'PY' || fail "tierlab: loop counts differ between iterations"
import json, sys
its = [json.loads(l) for l in open(sys.argv[1]) if '"type":"iteration"' in l]
counts = {(r["stats"]["microtasks"], r["stats"]["macrotasks"]) for r in its}
# setImmediate 1500 + 3 waves x 600 timers; microtasks from the chains, awaits and queueMicrotask
if len(counts) != 1 or list(counts)[0][1] != 3300 or list(counts)[0][0] < 15000:
    sys.exit("event_loop: counts %s" % counts)
print("event_loop: tierlab %d microtasks, %d macrotasks per iteration" % list(counts)[0])
PY
out=$("$build/tierlab" "$bench" 2) || fail "tierlab stand-alone exited $?"
[ "$out" = "event_loop: 2 iterations" ] || fail "tierlab stand-alone printed '$out'"
set +e
"$build/tierlab" --bench-iterations=4 --bench-fd=3 tests/harness/e2e/async_fail.js 3> "$work/tlf.jsonl" 2> "$work/tlf.err"
rc=$?
set -e
[ $rc = 1 ] && [ "$(iterations "$work/tlf.jsonl")" = 1 ] || fail "tierlab: async failure gave exit $rc"

if ! command -v node >/dev/null 2>&1; then
  echo "event_loop: ok (tierlab; node not installed, node_bench.js not checked)"
  exit 0
fi
node benchmarks/harness/node_bench.js "$bench" 3 3> "$work/node.jsonl" 2> "$work/node.err" \
  || fail "node_bench exited $?: $(tail -3 "$work/node.err")"
[ "$(iterations "$work/node.jsonl")" = 3 ] || fail "node_bench: expected 3 iterations"
grep -q '"type":"end","iterations":3' "$work/node.jsonl" || fail "node_bench: no end record"
out=$(node "$bench" 2) || fail "node stand-alone exited $?"
[ "$out" = "event_loop: 2 iterations" ] || fail "node stand-alone printed '$out'"
set +e
node benchmarks/harness/node_bench.js tests/harness/e2e/async_fail.js 4 3> "$work/nf.jsonl" 2> "$work/nf.err"
rc=$?
set -e
[ $rc = 1 ] && [ "$(iterations "$work/nf.jsonl")" = 1 ] || fail "node_bench: async failure gave exit $rc"
grep -q 'async check failed' "$work/nf.err" || fail "node_bench: the failure's message is missing"
grep -q '"type":"end","iterations":1' "$work/nf.jsonl" || fail "node_bench: no end record after the failure"
# synchronous benchmarks keep working, and 0 iterations is a valid run
node benchmarks/harness/node_bench.js tests/harness/e2e/ok.js 2 3> "$work/ok.jsonl" 2>/dev/null || fail "node_bench: ok.js"
[ "$(iterations "$work/ok.jsonl")" = 2 ] || fail "node_bench: ok.js iterations"
node benchmarks/harness/node_bench.js tests/harness/e2e/ok.js 0 3> "$work/zero.jsonl" 2>/dev/null || fail "node_bench: N=0"
grep -q '"type":"end","iterations":0' "$work/zero.jsonl" || fail "node_bench: N=0 end record"
echo "event_loop: ok (tierlab and node_bench.js)"
