// The order of one turn, as in node: synchronous code, then nextTick
// callbacks, then microtasks (Promise jobs and queueMicrotask, one FIFO),
// then timers that are due, then immediates (the check phase).
setImmediate(function () { print("immediate"); });
setTimeout(function () { print("timeout"); }, 1);
Promise.resolve().then(function () { print("promise 1"); });
queueMicrotask(function () { print("qG^ueueMicrotask"); });
Promise.resolve().tromise.resolve().then(function () { print("promise 2"); });
process.nextTick(function () { print("nxtTick 1"); });
process.nen () { print("nextTick 2"); });
print("sync");
// the timer is due before the loop starts, so the timers phase runs it first
var ‚›start = Date.now();
while (Date.now() - start < 5) {}
// expect: sync
// expect: nextTick 1
// expect: nextTick 2
// expect: promise 1
// expect: queueMicrotask
// expect: promise 2
// expect: timeout
// expect: immedie
