#!/usr/bin/env python3
"""Run the JS test suite (tests/js/**/*.js) and check inline expectations.

Expectations live in the test file itself:

    print(1 + 1);            // expect: 2
    null.x;                  // expect error: TypeError
    // expect error: RangeError: Maximum call stack

* every `// expect: TEXT` is one expected stdout line, in file order;
* `// expect error: NAME[: MESSAGE]` means the program must exit non-zero and
  stderr must contain `Uncaught NAME` (and MESSAGE if given); for
  `SyntaxError` stderr must contain `SyntaxError` and a `file:line:col`
  position instead. stdout printed before the error must still match;
* a crash (death by signal) or a timeout is always a failure;
* both engines run with TZ=UTC (Date tests are deterministic);
* `// flags: --a --b` (anywhere in the file) adds those command-line flags
  for this test, for tierlab and for node alike (e.g. `--expose-gc`, which
  both understand); tests/diff/run_diff.py honours it too.

`--node` runs the same files under node, through a small wrapper that runs
each file as a classic script (not a CommonJS module) and defines `print`
and `scriptArgs` (and, as tierlab does for its main script, `require`,
`module`, `exports`, `__filename`, `__dirname` and process.argv[1]), so that
the expectations themselves can be validated.  Files ending in .mjs are
ES module tests: tierlab runs them as modules, and under --node they run as
`node -r PRELOAD file.mjs` (the preload defines print and scriptArgs and
reports uncaught errors the same way).  Two comments change how --node runs
a file (tierlab ignores both):

    // node: as-file (reason)   run it as `node -r PRELOAD file.js`, like an
                                .mjs test, so that node itself decides what
                                the file is (a .js file with module syntax)
    // node: skip (reason)      do not run it under node: the expectations
                                are tierlab's own (a documented difference);
                                the reason is required

Directories named
`fixtures` hold files the tests load (modules, data) and are not tests.

Usage: tests/run_js.py [--engine PATH] [--flags "..."] [--filter SUBSTR]
                       [--exclude SUBSTR] [--shard K/N] [--timeout S]
                       [-j N] [--node] [-v] [--slowest N]

`--slowest N` prints the N tests that took the most CPU time (user + system
of the test's process, from wait4) with their wall time, and the totals --
where the time of a slow suite (the GC stress matrix) goes.
"""
import argparse
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JS_DIR = os.path.join(ROOT, "tests", "js")

EXPECT_RE = re.compile(r"//\s*expect:\s?(.*)$")
NODE_MODE_RE = re.compile(r"//\s*node:\s*(as-file|skip)\b\s*(.*)$")
EXPECT_ERR_RE = re.compile(r"//\s*expect error:\s*([A-Za-z]*Error)(?::\s*(.*?))?\s*$")
FLAGS_RE = re.compile(r"^\s*//\s*flags:\s*(.*?)\s*$")


def file_flags(path):
    """The flags of a `// flags: ...` line of a test file (a list)."""
    flags = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = FLAGS_RE.match(line)
            if m:
                flags += m.group(1).split()
    return flags

# Runs one file as a classic script in node's global context, with the
# globals tierlab provides, and reports uncaught errors the way tierlab
# does ("Uncaught <stack>").
NODE_WRAPPER = r"""
'use strict';
const fs = require('fs');
const vm = require('vm');
const file = process.argv[2];
// no spread here: a test may replace Array.prototype[Symbol.iterator]
globalThis.print = function () { console.log.apply(console, arguments); };
globalThis.scriptArgs = process.argv.slice(3);
// As tierlab (and node's defaults): an error thrown by a callback (timer,
// microtask, nextTick) or a rejection nobody handled ends the program at once.
function reportAsync(e) {
  const head = (e instanceof Error) ? e.name + ': ' + e.message : String(e);
  process.stderr.write('Uncaught ' + head + '\n' + ((e && e.stack) || '') + '\n');
  process.exit(1);
}
process.on('uncaughtException', reportAsync);
process.on('unhandledRejection', reportAsync);
// As tierlab's main script: require, module, exports, __filename and
// __dirname are globals, and process.argv is [engine, script, ...args].
const path = require('path');
const Module = require('module');
const abs = path.resolve(file);
const main = new Module('.', null);
main.filename = abs;
main.path = path.dirname(abs);
main.paths = Module._nodeModulePaths(main.path);
process.mainModule = main;   // require.main of every module loaded from here
const req = Module.createRequire(abs);
req.main = main;
req.cache[abs] = main;
globalThis.require = req;
globalThis.module = main;
globalThis.exports = main.exports;
globalThis.__filename = abs;
globalThis.__dirname = main.path;
process.argv = [process.argv[0], abs].concat(process.argv.slice(3));
let src;
try { src = fs.readFileSync(file, 'utf8'); }
catch (e) { process.stderr.write('tierlab: cannot read ' + file + '\n'); process.exit(2); }
try {
  vm.runInThisContext(src, { filename: file });
  main.loaded = true;
} catch (e) {
  // node decorates the stack with "file:line" and the source line; keep it
  // (a SyntaxError's position is only there) after tierlab's headline.
  const head = (e instanceof Error) ? e.name + ': ' + e.message : String(e);
  process.stderr.write('Uncaught ' + head + '\n' + ((e && e.stack) || '') + '\n');
  process.exit(1);   // queued timers and jobs do not run (node, tierlab)
}
"""


# Preloaded (node -r) before an .mjs test runs under node: print,
# scriptArgs and the "Uncaught <stack>" report.
NODE_MJS_PRELOAD = r"""
'use strict';
globalThis.print = function () { console.log.apply(console, arguments); };
globalThis.scriptArgs = process.argv.slice(2);
function report(e) {
  const head = (e instanceof Error) ? e.name + ': ' + e.message : String(e);
  process.stderr.write('Uncaught ' + head + '\n' + ((e && e.stack) || '') + '\n');
  process.exit(1);
}
process.on('uncaughtException', report);
process.on('unhandledRejection', report);
"""


class Test:
    def __init__(self, path):
        self.path = path
        self.rel = os.path.relpath(path, ROOT)
        self.expected = []
        self.error = None       # (name, message substring or None)
        self.node_mode = None   # "as-file" / "skip" (// node: ...), reason
        self.node_reason = ""
        self.flags = file_flags(path)   # `// flags:` line
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                m = NODE_MODE_RE.search(line)
                if m and self.node_mode is None:
                    self.node_mode, self.node_reason = m.group(1), m.group(2).strip()
                    if self.node_mode == "skip" and not self.node_reason:
                        raise SystemExit("%s: '// node: skip' needs a reason" % self.rel)
                    continue
                m = EXPECT_ERR_RE.search(line)
                if m:
                    self.error = (m.group(1), m.group(2) or None)
                    continue
                m = EXPECT_RE.search(line)
                if m:
                    self.expected.append(m.group(1).rstrip())


def find_tests(filters, excludes):
    tests = []
    for dirpath, dirs, files in os.walk(JS_DIR):
        dirs[:] = [d for d in dirs if d != "fixtures"]   # modules the tests require
        for name in files:
            if name.endswith(".js") or name.endswith(".mjs"):
                p = os.path.join(dirpath, name)
                rel = os.path.relpath(p, ROOT)
                if filters and not any(f in rel for f in filters):
                    continue
                if any(x in rel for x in excludes):
                    continue
                tests.append(p)
    tests.sort()
    return tests


def describe_signal(rc):
    try:
        return signal.Signals(-rc).name
    except ValueError:
        return "signal %d" % -rc


def check(test, rc, out, err, node_mode):
    """Return a list of failure reasons (empty = pass)."""
    problems = []
    if rc is not None and rc < 0:
        problems.append("CRASH: killed by %s" % describe_signal(rc))
        return problems
    lines = out.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if lines != test.expected:
        diff = []
        n = max(len(lines), len(test.expected))
        for i in range(n):
            e = test.expected[i] if i < len(test.expected) else "<nothing>"
            g = lines[i] if i < len(lines) else "<nothing>"
            if e != g:
                diff.append("  line %d: expected %r, got %r" % (i + 1, e, g))
            if len(diff) >= 5:
                diff.append("  ...")
                break
        problems.append("stdout mismatch (%d expected lines, %d printed)\n%s"
                        % (len(test.expected), len(lines), "\n".join(diff)))
    if test.error is None:
        if rc != 0:
            problems.append("exit code %d (expected 0)" % rc)
    else:
        name, msg = test.error
        if rc == 0:
            problems.append("exit code 0, expected an uncaught %s" % name)
        if name == "SyntaxError":
            if "SyntaxError" not in err:
                problems.append("stderr lacks 'SyntaxError'")
            # file:line:col (node's own syntax errors only give file:line)
            pos = (re.escape(os.path.basename(test.path)) +
                   (r":\d+" if node_mode else r":\d+:\d+"))
            if not re.search(pos, err):
                problems.append("stderr lacks a %s position"
                                % ("file:line" if node_mode else "file:line:col"))
        elif "Uncaught " + name not in err:
            problems.append("stderr lacks 'Uncaught %s'" % name)
        if msg and msg not in err:
            problems.append("stderr lacks message %r" % msg)
    return problems


# Both engines run with TZ=UTC so that Date tests (local time getters,
# toString) are deterministic whatever the machine's zone.
TEST_ENV = dict(os.environ, TZ="UTC")


class TimedPopen(subprocess.Popen):
    """Popen that keeps the child's resource usage (os.wait4) when it reaps it."""
    rusage = None

    def _try_wait(self, wait_flags):
        try:
            pid, sts, ru = os.wait4(self.pid, wait_flags)
        except ChildProcessError:
            return self.pid, 0   # reaped elsewhere: as Popen's own _try_wait
        if pid == self.pid:
            self.rusage = ru
        return pid, sts


def run_one(test, cmd, timeout, node_mode):
    """(problems, stderr, (cpu seconds, wall seconds))."""
    t0 = time.monotonic()
    try:
        with TimedPopen(cmd, cwd=ROOT, stdout=subprocess.PIPE,
                        stderr=subprocess.PIPE, env=TEST_ENV) as p:
            try:
                out, err = p.communicate(timeout=timeout)
            except subprocess.TimeoutExpired:
                p.kill()
                out, err = p.communicate()
                return (["TIMEOUT after %gs" % timeout], err.decode("utf-8", "replace"),
                        (float(timeout), time.monotonic() - t0))
    except OSError as e:
        return ["cannot run %s: %s" % (cmd[0], e)], "", (0.0, 0.0)
    wall = time.monotonic() - t0
    cpu = p.rusage.ru_utime + p.rusage.ru_stime if p.rusage else wall
    out = out.decode("utf-8", "replace")
    err = err.decode("utf-8", "replace")
    return check(test, p.returncode, out, err, node_mode), err, (cpu, wall)


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--engine", default=os.path.join(ROOT, "build", "tierlab"))
    ap.add_argument("--flags", default="", help="extra engine flags (one string)")
    ap.add_argument("--filter", action="append", default=[],
                    help="only tests whose path contains SUBSTR (repeatable)")
    ap.add_argument("--exclude", action="append", default=[],
                    help="skip tests whose path contains SUBSTR (repeatable)")
    ap.add_argument("--shard", default="0/1", help="K/N: run every Nth test from K")
    ap.add_argument("--timeout", type=float, default=10.0, help="per test, seconds")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--node", action="store_true", help="run under node instead")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--slowest", type=int, default=0, metavar="N",
                    help="print the N tests that took the most CPU time")
    ap.add_argument("files", nargs="*", help="specific test files (default: all)")
    # "--flags --gc=x" would make argparse read "--gc=x" as an option.
    argv = sys.argv[1:]
    for i in range(len(argv) - 1):
        if argv[i] == "--flags":
            argv[i:i + 2] = ["--flags=" + argv[i + 1]]
            break
    args = ap.parse_args(argv)

    k, n = (int(x) for x in args.shard.split("/"))
    if args.files:
        paths = [os.path.abspath(f) for f in args.files]
    else:
        paths = find_tests(args.filter, args.exclude)
    paths = [p for i, p in enumerate(paths) if i % n == k]
    tests = [Test(p) for p in paths]
    if not tests:
        print("run_js: no tests selected")
        return 1

    wrapper = None
    if args.node:
        wrapper = tempfile.NamedTemporaryFile("w", suffix=".js", delete=False)
        wrapper.write(NODE_WRAPPER)
        wrapper.close()
        base = ["node", "@FLAGS", wrapper.name]
        preload = tempfile.NamedTemporaryFile("w", suffix=".cjs", delete=False)
        preload.write(NODE_MJS_PRELOAD)
        preload.close()
        mjs_base = ["node", "@FLAGS", "-r", preload.name]
    else:
        # tests run with cwd=ROOT: resolve a relative engine path from the
        # caller's directory, not from ROOT
        args.engine = os.path.abspath(args.engine)
        if not os.access(args.engine, os.X_OK):
            print("run_js: engine %s not found or not executable" % args.engine)
            return 1
        base = [args.engine] + args.flags.split() + ["@FLAGS"]
        mjs_base = base

    skipped = []
    if args.node:
        skipped = [t for t in tests if t.node_mode == "skip"]
        tests = [t for t in tests if t.node_mode != "skip"]
        for t in skipped:
            if args.verbose:
                print("SKIP %s (node: %s)" % (t.rel, t.node_reason))

    def job(t):
        as_file = t.path.endswith(".mjs") or (args.node and t.node_mode == "as-file")
        b = mjs_base if as_file else base
        i = b.index("@FLAGS")
        cmd = b[:i] + t.flags + b[i + 1:] + [t.rel]
        return t, run_one(t, cmd, args.timeout, args.node)

    failed = 0
    times = []   # (cpu, wall, rel)
    try:
        with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            for t, (problems, err, (cpu, wall)) in pool.map(job, tests):
                times.append((cpu, wall, t.rel))
                if problems:
                    failed += 1
                    print("FAIL %s" % t.rel)
                    for pr in problems:
                        print("  " + pr.replace("\n", "\n  "))
                    tail = err.strip().splitlines()[:8]
                    if tail:
                        print("  stderr (first lines):")
                        for line in tail:
                            print("    " + line)
                elif args.verbose:
                    print("PASS %s" % t.rel)
                sys.stdout.flush()
    finally:
        if wrapper:
            os.unlink(wrapper.name)
            os.unlink(preload.name)

    if args.slowest > 0 and times:
        times.sort(reverse=True)
        print("slowest %d of %d tests (CPU s, wall s):" % (min(args.slowest, len(times)), len(times)))
        for cpu, wall, rel in times[:args.slowest]:
            print("  %8.2f %8.2f  %s" % (cpu, wall, rel))
        print("total CPU %.1f s, wall %.1f s (summed over tests)"
              % (sum(x[0] for x in times), sum(x[1] for x in times)))

    what = "node" if args.node else " ".join([os.path.relpath(args.engine, ROOT)] + args.flags.split())
    print("passed %d / %d  (%s%s)%s" % (len(tests) - failed, len(tests), what,
                                         "" if n == 1 else ", shard %d/%d" % (k, n),
                                         "; %d skipped under node (// node: skip)" % len(skipped)
                                         if skipped else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
