#!/bin/bash
# ctest `hostile-asan` (registered in the release tree): the whole hostile
# corpus (tests/hostile/run.py) under the ASan+UBSan shell build-debug/tierlab,
# LeakSanitizer on (run.py's ASAN_OPTIONS default): zero crashes, hangs and
# sanitizer reports.  `make test` builds that shell (Makefile target
# debug-shell); exits 77 (ctest: skipped) when it does not exist.
#
#   tests/hostile/asan_hostile.sh [run.py options...]
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
ENGINE=${TL_ASAN_ENGINE:-$ROOT/build-debug/tierlab}
if [ ! -x "$ENGINE" ]; then
  echo "hostile-asan: $ENGINE not built (make debug-shell); skipped"
  exit 77
fi
# ASan runs 2-3x slower: more slack before a run counts as a hang
exec python3 "$ROOT/tests/hostile/run.py" --engine "$ENGINE" -j 2 --slack 120 --max-timeout 1 "$@"
