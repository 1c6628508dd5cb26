#!/usr/bin/env bash
# End-to-end test of tierlab-bench (ctest label `harness`):
#  1. a tiny experiment runs; a benchmark whose check fails, one that hangs and
#     a process that crashes are recorded as failed / timeout / crash, and the
#     run goes on;
#  2. a run killed with SIGKILL resumes where it stopped, without duplicates;
#  3. the report exists and every figure is a real PNG / PDF.
# usage: tests/harness/e2e.sh BUILD_DIR
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
root=$(cd "$(dirname "$0")/../.." && pwd)
bench="$build/tierlab-bench"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"
fail() { echo "e2e: FAIL: $*" >&2; exit 1; }

cat > "$work/statuses.yaml" <<YAML
name: e2e-statuses
executions: 2
iterations: 3
timeout: 3
suites:
  tiny:
    path: tests/harness/e2e
    benchmarks: [ok, wrong, hang]
  crashy:
    adapter: process
    command: "sh -c 'kill -SEGV \$\$'"
    benchmarks: [segv]
executors:
  tierlab: {path: $build/tierlab, kind: tierlab}
axes:
  gc: {marksweep: [--gc=marksweep], semispace: [--gc=semispace]}
configurations:
  - executor: tierlab
    axes: [gc]
YAML
"$bench" run "$work/statuses.yaml" --out "$work/run1" > "$work/run1.log" 2>&1 || fail "run 1 exited $?: $(tail -5 "$work/run1.log")"
res="$work/run1/results.jsonl"
count() { grep -c "$1" "$res" || true; }
[ "$(count '"cell":"tiny/ok/[a-z]*","suite":"tiny","benchmark":"ok","config":"[a-z]*","executor":"tierlab","exec":[01],"status":"ok"')" = 4 ] || fail "ok cells not all ok"
[ "$(count '"benchmark":"wrong".*"status":"failed"')" = 4 ] || fail "the failing check was not recorded as failed"
[ "$(count '"benchmark":"hang".*"status":"timeout"')" = 4 ] || fail "the hang was not recorded as timeout"
[ "$(count '"benchmark":"segv".*"status":"crash","exit_code":0,"signal":11')" = 4 ] || fail "the crash was not recorded with its signal"
[ "$(count '"type":"iteration","cell":"tiny/ok/')" = 12 ] || fail "expected 12 iterations of ok"
grep -q 'result check failed' "$res" || fail "stderr tail of the failed benchmark missing"

# Report and figures.
[ -s "$work/run1/report.md" ] && [ -s "$work/run1/summary.csv" ] && [ -s "$work/run1/raw.csv" ] || fail "report files missing"
npng=0
for f in "$work"/run1/figures/*.png; do
  [ -e "$f" ] || fail "no PNG figures"
  head -c 8 "$f" | od -An -tx1 | tr -d ' \n' | grep -q '^89504e470d0a1a0a$' || fail "$f is not a PNG"
  pdf="${f%.png}.pdf"
  if [ -e "$pdf" ]; then head -c 5 "$pdf" | grep -q '^%PDF-' || fail "$pdf is not a PDF"
  else [ -e "${f%.png}.svg" ] || fail "no PDF or SVG beside $f"; fi
  npng=$((npng + 1))
done
[ "$npng" -ge 3 ] || fail "expected at least 3 figures, got $npng"

# Resume after SIGKILL.
cat > "$work/resume.yaml" <<YAML
name: e2e-resume
executions: 4
iterations: 2
timeout: 60
suites:
  tiny:
    path: tests/harness/e2e
    benchmarks: [ok, slow]
executors:
  tierlab: {path: $build/tierlab, kind: tierlab}
configurations:
  - executor: tierlab
    variants: {default: []}
YAML
"$bench" run "$work/resume.yaml" --out "$work/run2" --no-report > "$work/run2a.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do
  n=$(grep -c '"type":"exec"' "$work/run2/results.jsonl" 2>/dev/null || true)
  [ "${n:-0}" -ge 2 ] && break
  sleep 0.1
done
kill -KILL "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
before=$(grep -c '"type":"exec"' "$work/run2/results.jsonl")
[ "$before" -lt 8 ] || fail "the run finished before it could be killed (make slow.js slower)"
"$bench" run "$work/resume.yaml" --out "$work/run2" --no-report > "$work/run2b.log" 2>&1 || fail "resume exited $?"
grep -q resuming "$work/run2b.log" || fail "the second run did not resume"
after=$(grep -c '"type":"exec"' "$work/run2/results.jsonl")
[ "$after" = 8 ] || fail "after resuming: $after exec records, expected 8"
dups=$(grep -o '"cell":"[^"]*",.*"exec":[0-9]*,"status"' "$work/run2/results.jsonl" | sed 's/"suite".*"exec"/"exec"/' | sort | uniq -d | wc -l)
[ "$dups" = 0 ] || fail "duplicate exec records after resume"
echo "e2e: ok (statuses, report with $npng figures, resume after SIGKILL: $before then $after executions)"
