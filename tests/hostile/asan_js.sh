#!/bin/bash
# ctest `asan` (registered in the release tree): a fast subset of tests/js
# under the ASan+UBSan shell build-debug/tierlab (`make debug`), zero
# sanitizer reports allowed (run_js.py fails a test whose stderr has an
# unexpected report; ASan/UBSan exit non-zero on a report; LeakSanitizer on).
# `make test` builds that shell (Makefile target debug-shell: the tierlab
# binary only); exits 77 (ctest: skipped) when it does not exist.
#
#   tests/hostile/asan_js.sh [SHARD]    (default 0/3: every third test; ctest: 0/1, all)
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
ENGINE=${TL_ASAN_ENGINE:-$ROOT/build-debug/tierlab}
if [ ! -x "$ENGINE" ]; then
  echo "asan: $ENGINE not built (make debug-shell); skipped"
  exit 77
fi
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
exec python3 "$ROOT/tests/run_js.py" --engine "$ENGINE" --timeout 60 -j 2 --shard "${1:-0/3}"
