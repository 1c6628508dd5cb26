#!/bin/bash
# Run one libFuzzer target for SECONDS (build it first: tests/fuzz/build.sh).
#
#   tests/fuzz/run.sh TARGET SECONDS [libFuzzer options...]
#   TARGET: fuzz_parse | fuzz_compile | fuzz_run | fuzz_json | fuzz_regexp
#
# The working corpus grows in build-fuzz/corpus/TARGET (seeded from the
# committed tests/fuzz/seeds/); crashes land in build-fuzz/crashes/ as
# TARGET-crash-<sha1> (reproduce: build-fuzz/TARGET FILE). The engine's own
# stdout/stderr are closed (-close_fd_mask=3); sanitizer reports still show.
# Environment: FUZZ_OUT (default build-fuzz), FUZZ_GC / FUZZ_GC_STRESS
# (the GC plan and stress level fuzz_run/fuzz_json/fuzz_compile use),
# FUZZ_EAGER=baseline / FUZZ_TIERS=interp,baseline (run the generated
# programs through the baseline JIT; the corpus and crash names then get a
# -baseline / -tiers suffix, e.g. build-fuzz/corpus/fuzz_run-baseline),
# JOBS=N (N parallel fuzzing processes, libFuzzer -fork=N).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
T=${1:?usage: run.sh TARGET SECONDS [libFuzzer options]}
S=${2:?usage: run.sh TARGET SECONDS [libFuzzer options]}
shift 2
OUT=${FUZZ_OUT:-$ROOT/build-fuzz}
BIN=$OUT/$T
[ -x "$BIN" ] || { echo "fuzz: $BIN missing; run tests/fuzz/build.sh" >&2; exit 2; }
case $T in
  fuzz_json)   SEEDS=$ROOT/tests/fuzz/seeds/json;   DICT=$ROOT/tests/fuzz/json.dict ;;
  fuzz_regexp) SEEDS=$ROOT/tests/fuzz/seeds/regexp; DICT=$ROOT/tests/fuzz/regexp.dict ;;
  *)           SEEDS=$ROOT/tests/fuzz/seeds/js;     DICT=$ROOT/tests/fuzz/js.dict ;;
esac
NAME=$T
[ -n "${FUZZ_EAGER:-}" ] && NAME=$NAME-$FUZZ_EAGER
[ -n "${FUZZ_TIERS:-}" ] && NAME=$NAME-tiers
mkdir -p "$OUT/corpus/$NAME" "$OUT/crashes"
FORK=()
[ -n "${JOBS:-}" ] && FORK=(-fork="$JOBS" -ignore_crashes=1)
exec "$BIN" "$OUT/corpus/$NAME" "$SEEDS" -dict="$DICT" -max_total_time="$S" \
  -timeout=20 -rss_limit_mb=2560 -max_len=4096 -close_fd_mask=3 -print_final_stats=1 \
  -artifact_prefix="$OUT/crashes/$NAME-" "${FORK[@]}" "$@"
