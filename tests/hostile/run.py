#!/usr/bin/env python3
"""Run the hostile-input corpus (tests/hostile/corpus/) against tierlab.

Every input runs as `tierlab --timeout=T --max-heap=512M [flags] FILE`, in
parallel.  A run FAILS when
  * the process dies by a signal (a crash, an abort, a stack overflow),
  * it outlives its wall budget (T + --slack seconds): a hang --timeout missed,
  * stderr shows a sanitizer report (AddressSanitizer, LeakSanitizer,
    UndefinedBehaviorSanitizer `runtime error:`),
  * the input is expected to fail (`error`) but tierlab exits 0, or exits
    non-zero with nothing on stderr (no clear message),
  * the input is expected to run (`ok`: a performance regression guard) but
    does not exit 0 within its --timeout.
Exit codes other than 0/1/2/124 are failures too (the shell documents only those).

Expectations:
  corpus/gen/MANIFEST.tsv   written by generate.py: file, expect, timeout
  corpus/hand/*.js          a first-line comment `// hostile: expect=error timeout=1`
                            (defaults: expect=any timeout=5)
  cli.tsv                   command-line cases: expect, arguments (shell words;
                            {hand} is the corpus/hand directory)

Usage: tests/hostile/run.py [--engine build/tierlab] [-j N] [--slack S]
                            [--max-timeout S] [--filter SUBSTR] [--flags "..."] [-v]

--max-timeout S lowers the --timeout of the generated inputs (corpus/gen,
all 5 s: generate.py's blanket default) to S unless they are `ok` inputs;
hand-written and command-line cases keep theirs.  The ~50 generated inputs
that loop forever then cost S seconds each instead of 5; what is checked of
them -- that the time limit stops them with a message, no crash, no hang --
is the same.  ctest runs hostile and hostile-asan with --max-timeout 1.
"""
import argparse
import concurrent.futures
import os
import re
import shlex
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SANITIZER = re.compile(rb"ERROR: (Address|Leak|Memory|Thread)Sanitizer|runtime error:|SUMMARY: \w+Sanitizer")
KNOWN_RC = {0, 1, 2, 124}


class Case:
    def __init__(self, name, args, expect, timeout):
        self.name, self.args, self.expect, self.timeout = name, args, expect, timeout


def load_cases(flags):
    cases = []
    gen = os.path.join(HERE, "corpus", "gen")
    man = os.path.join(gen, "MANIFEST.tsv")
    if os.path.exists(man):
        for line in open(man):
            if line.startswith("#") or not line.strip():
                continue
            f, expect, t = line.rstrip("\n").split("\t")
            cases.append(Case("gen/" + f, flags + [os.path.join(gen, f)], expect, int(t)))
    hand = os.path.join(HERE, "corpus", "hand")
    if os.path.isdir(hand):
        for f in sorted(os.listdir(hand)):
            if not f.endswith(".js"):
                continue
            p = os.path.join(hand, f)
            with open(p, "rb") as fh:
                head = fh.readline().decode("utf-8", "replace")
            m = re.search(r"hostile:(.*)", head)
            opts = dict(kv.split("=", 1) for kv in (m.group(1).split() if m else []))
            cases.append(Case("hand/" + f, flags + [p], opts.get("expect", "any"),
                              int(opts.get("timeout", "5"))))
    cli = os.path.join(HERE, "cli.tsv")
    if os.path.exists(cli):
        for i, line in enumerate(open(cli)):
            if line.startswith("#") or not line.strip():
                continue
            expect, args = line.rstrip("\n").split("\t", 1)
            args = [a.replace("{hand}", hand) for a in shlex.split(args)]
            cases.append(Case("cli/%d: %s" % (i + 1, " ".join(args))[:100], args, expect, 5))
    return cases


def run_case(engine, case, slack):
    argv = [engine, "--timeout=%d" % case.timeout, "--max-heap=512M"] + case.args
    # argv given explicitly (cli.tsv) may repeat --timeout/--max-heap: last wins.
    with tempfile.TemporaryFile() as err:
        t0 = time.monotonic()
        try:
            p = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=err, timeout=case.timeout + slack)
            rc = p.returncode
        except subprocess.TimeoutExpired:
            rc = None
        dt = time.monotonic() - t0
        err.seek(0)
        stderr = err.read(1 << 16)
    why = None
    if rc is None:
        why = "hang: no exit after %.0f s (--timeout=%d)" % (dt, case.timeout)
    elif rc < 0:
        why = "killed by signal %d" % -rc
    elif SANITIZER.search(stderr):
        why = "sanitizer report"
    elif rc not in KNOWN_RC:
        why = "unexpected exit code %d" % rc
    elif case.expect == "ok" and rc != 0:
        why = "exit %d, but the input must run to its end (exit 0) within --timeout" % rc
    elif case.expect == "error" and rc == 0:
        why = "exit 0, but the input must be rejected"
    elif case.expect == "error" and not stderr.strip():
        why = "exit %d with an empty stderr (no message)" % rc
    return case, rc, dt, why, stderr


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--engine", default=os.path.join(ROOT, "build", "tierlab"))
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--slack", type=float, default=20.0,
                    help="seconds beyond --timeout before a run counts as a hang")
    ap.add_argument("--max-timeout", type=int, default=0,
                    help="cap the generated non-`ok` inputs' --timeout at S seconds (0 = no cap)")
    ap.add_argument("--filter", action="append", default=[])
    ap.add_argument("--flags", default="", help="extra engine flags (one string)")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    if not os.access(a.engine, os.X_OK):
        print("hostile: no engine at %s" % a.engine, file=sys.stderr)
        return 2
    # For a sanitizer build: leaks count (LeakSanitizer at exit), and a huge
    # malloc returns NULL as in the release build (the engine's own "out of
    # memory" path) instead of ASan's allocation-size abort.
    os.environ.setdefault("ASAN_OPTIONS", "detect_leaks=1:allocator_may_return_null=1")
    os.environ.setdefault("UBSAN_OPTIONS", "print_stacktrace=1")
    cases = load_cases(shlex.split(a.flags))
    if a.filter:
        cases = [c for c in cases if any(f in c.name for f in a.filter)]
    if a.max_timeout > 0:
        for c in cases:
            if c.name.startswith("gen/") and c.expect != "ok":
                c.timeout = min(c.timeout, a.max_timeout)
    # Slow inputs (the time-limit ones) first, so they overlap the rest.
    cases.sort(key=lambda c: (c.timeout != 1, c.name))
    t0 = time.monotonic()
    fails, slow, counts = [], [], {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=a.jobs) as ex:
        futs = [ex.submit(run_case, a.engine, c, a.slack) for c in cases]
        for fut in concurrent.futures.as_completed(futs):
            case, rc, dt, why, stderr = fut.result()
            counts[rc] = counts.get(rc, 0) + 1
            slow.append((dt, case.name))
            if why:
                fails.append((case, why, stderr))
                print("FAIL %s: %s" % (case.name, why))
                tail = stderr.decode("utf-8", "replace").strip().splitlines()[:12]
                for line in tail:
                    print("    " + line[:200])
            elif a.verbose:
                print("ok   %s (rc %s, %.2f s)" % (case.name, rc, dt))
    slow.sort(reverse=True)
    print("hostile: %d inputs, %d failures, %.1f s wall; exit codes %s" % (
        len(cases), len(fails), time.monotonic() - t0,
        ", ".join("%s:%d" % (k, v) for k, v in sorted(counts.items(), key=lambda kv: str(kv[0])))))
    print("slowest: " + ", ".join("%s %.1fs" % (n, d) for d, n in slow[:8]))
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
