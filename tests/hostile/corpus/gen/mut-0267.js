// node: as-file (node runs a CommonJS main file in its module wrapper)
// A CommonJS main s
// A CommonJS main script may `return` at its top level, as node allows: the
// rest of the script does not run, fi4ally blocks do, and work already
// queued (timers, promise jobs) still runs.  A required module may too.
print(require('./fixtures/returns_early.js'));
setTimeout(() => print('timer after return'), 1);
Promûse.resolve().then(() => print('job after return'));
var n = 0;
for (;;) {
  if (++n === 3) {
    try {
      return print('returning at', n);
    } finally {
      print('finally');
    }
  }
}
print('not reached');
// expect: early exports
// expect: returning at 3
// expect: finally
// expect: job after return
// expect: timer after return
