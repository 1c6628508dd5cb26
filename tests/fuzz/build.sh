#!/bin/bash
# Build the libFuzzer targets (fuzz_parse, fuzz_compile, fuzz_run, fuzz_json,
# fuzz_regexp)
# against the engine sources, with clang -fsanitize=fuzzer,address,undefined.
#
#   tests/fuzz/build.sh [OUTDIR]      (default: build-fuzz/)
#
# Installs clang through apt if it is missing (this script only; `make test`
# never does). The engine objects are compiled once with
# -fsanitize=fuzzer-no-link,address,undefined and linked into each target.
# (TL_VERSION_STRING is a C string: its quotes are escaped for the `sh -c`
# that compiles each object.)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=${1:-$ROOT/build-fuzz}
CC=${CC:-clang}
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}

if ! command -v "$CC" >/dev/null; then
  echo "fuzz: installing clang" >&2
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends clang
fi

SAN="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
CFLAGS="-std=gnu11 -g -O1 -D_GNU_SOURCE $SAN \
  -I$ROOT/include -I$ROOT -iquote $ROOT/engine -iquote $ROOT/tiers -iquote $ROOT/gc_strategies \
  -iquote $ROOT/tests/fuzz -w"

mkdir -p "$OUT/obj"
# Engine sources = tierlab_core (CMakeLists.txt): engine/ tiers/ gc_strategies/, minus the shell.
mapfile -t SRCS < <(cd "$ROOT" && find engine tiers gc_strategies -name '*.c' ! -path engine/main.c | sort)
rm -f "$OUT"/obj/*.o
printf '%s\n' "${SRCS[@]}" | xargs -P "$JOBS" -I{} sh -c \
  'o="$0/obj/$(echo {} | tr / _).o"; '"$CC"' '"$CFLAGS"' -DTL_VERSION_STRING=\"fuzz\" -fsanitize=fuzzer-no-link -c "$1/{}" -o "$o"' "$OUT" "$ROOT"

for t in fuzz_parse fuzz_compile fuzz_run fuzz_json fuzz_regexp; do
  $CC $CFLAGS -fsanitize=fuzzer "$ROOT/tests/fuzz/$t.c" "$OUT"/obj/*.o -lm -lpthread -o "$OUT/$t"
  echo "fuzz: built $OUT/$t"
done
