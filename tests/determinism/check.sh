#!/bin/bash
# Determinism check (issue 8): ten runs of a GC-heavy program under
# --deterministic --trace-gc --trace-tier must give byte-identical stdout and
# stderr event logs, for every collecting GC plan the engine has (nogc
# never collects: nothing to compare).
#
#   tests/determinism/check.sh [ENGINE] [RUNS]     (default build/tierlab, 10)
#
# Nothing is filtered: under --deterministic the --trace-gc lines carry no
# measured pause (pause=-), --trace-tier lines no compile times, and Date.now /
# performance.now read a virtual clock. When collections happen, why, the
# byte counts, Math.random, the clocks, tier-ups and OSR must repeat exactly,
# in the interpreter and with the baseline JIT tiering up.
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
ENGINE=${1:-$ROOT/build/tierlab}
RUNS=${2:-10}
PROG=$ROOT/tests/determinism/gc_heavy.js
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
fail=0
for plan in marksweep semispace markcompact gencopy genms rc; do
  # plans this build does not have are skipped
  if ! "$ENGINE" --gc=$plan -e 0 >/dev/null 2>&1; then
    echo "determinism: --gc=$plan unavailable, skipped"; continue
  fi
  for extra in "" "--gc-stress=500" "--tiers=interp,baseline --baseline-after=20" \
               "--tiers=interp,baseline --baseline-after=20 --gc-stress=500"; do
    label="$plan${extra:+ $extra}"
    for i in $(seq 1 "$RUNS"); do
      "$ENGINE" --deterministic --trace-gc --trace-tier --gc=$plan $extra --max-heap=256M \
        "$PROG" >"$TMP/out.$i" 2>"$TMP/err.raw.$i"
      echo "exit $?" >>"$TMP/out.$i"
      cp "$TMP/err.raw.$i" "$TMP/err.$i"
    done
    ngc=$(grep -c '^\[gc\]' "$TMP/err.1")
    bad=0
    for i in $(seq 2 "$RUNS"); do
      if ! cmp -s "$TMP/out.1" "$TMP/out.$i" || ! cmp -s "$TMP/err.1" "$TMP/err.$i"; then
        bad=1
        echo "determinism: FAIL $label: run $i differs from run 1"
        diff "$TMP/out.1" "$TMP/out.$i" | head -5
        diff "$TMP/err.1" "$TMP/err.$i" | head -10
        break
      fi
    done
    if [ "$ngc" -eq 0 ] && [ -z "$extra" ]; then
      echo "determinism: FAIL $label: no [gc] events (the program must collect)"; bad=1
    fi
    if grep -q 'pause=[0-9]' "$TMP/err.1"; then
      echo "determinism: FAIL $label: a measured pause time in the deterministic log"; bad=1
    fi
    case "$extra" in *baseline*)
      if ! grep -q '^\[tier\].*-> baseline' "$TMP/err.1"; then
        echo "determinism: FAIL $label: no tier-up in the log"; bad=1
      fi;;
    esac
    [ $bad = 0 ] && echo "determinism: ok $label ($RUNS runs, $ngc collections, $(wc -c <"$TMP/err.1") bytes of log)"
    fail=$((fail | bad))
  done
done
# Without --deterministic, Math.random must differ between two runs (the flag does something).
a=$("$ENGINE" -e 'print(Math.random())'); b=$("$ENGINE" -e 'print(Math.random())')
if [ "$a" = "$b" ]; then echo "determinism: FAIL Math.random is the same without --deterministic"; fail=1; fi
exit $fail
