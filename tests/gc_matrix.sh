#!/bin/sh
# gc_matrix.sh -- issue 3's full matrix in one command: the whole JS suite
# (tests/js, every area) under every GC plan, with --gc-stress=N (a
# collection every Nth allocation) and the heap verifier (--gc-verify:
# every reachable pointer, the remembered set, rc's counts) around every
# collection.  CI runs a subset of it (tests/CMakeLists.txt, js-stress-*).
#
#   tests/gc_matrix.sh [ENGINE]        ENGINE defaults to build/tierlab
#   env: PLANS="genms rc" (default: every plan of --gc=list), STRESS=7,
#        JOBS=2, TIMEOUT=900 (seconds per test), SLOWEST=10 (list the N
#        tests that took the most CPU time per plan; 0 = none)
#
# The timer tests whose order depends on the process not stalling for tens
# of milliseconds (tests/js/runtime/timers_*) are left out, as in every
# stress suite.  Prints one summary line per plan; exits 1 if any failed.
# Takes hours on the 2-core VM (the allocation-heavy gc/ and
# programs/ areas dominate).
set -u
ENGINE=${1:-build/tierlab}
STRESS=${STRESS:-7}
JOBS=${JOBS:-2}
TIMEOUT=${TIMEOUT:-900}
SLOWEST=${SLOWEST:-10}
HERE=$(dirname "$0")
if [ -z "${PLANS:-}" ]; then
    PLANS=$("$ENGINE" --gc=list | awk '{print $1}')
fi
[ -n "$PLANS" ] || { echo "gc_matrix: no plans from $ENGINE --gc=list" >&2; exit 2; }
fail=0
for plan in $PLANS; do
    out=$(python3 "$HERE/run_js.py" --engine "$ENGINE" -j "$JOBS" --timeout "$TIMEOUT" \
          --flags "--gc=$plan --gc-stress=$STRESS --gc-verify" \
          --exclude tests/js/runtime/timers_ --slowest "$SLOWEST" 2>&1)
    rc=$?
    echo "$out" | grep -v '^passed' | tail -n $((SLOWEST + 40))
    echo "gc_matrix: $plan: $(echo "$out" | grep '^passed' | tail -n 1)"
    [ $rc -eq 0 ] || fail=1
done
exit $fail
