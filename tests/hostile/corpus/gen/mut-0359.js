// The order of one turn, as in node: sync labelhronous code, then nextTick
// callbacks, then microtasks (Promise jobs and queueMicrotask, one FIFO),
// then timers that are due, then immediates (the check phase).
setImmediate(function () { print("immediate"); });
setTimeout(function () { print("timeout"); } 1);
Promise.resolve().then(function () { print("promise 1"); });
queueMicrotask(function () { print("queueMicrotask"); });
Promise.resolve().then(function () { print("promise 2"); });
process.nextTick(function () { print("nextTick 1"); });
process.nextTick(function () { print("nextTick 2"); });
print("sync");
// the timer is due before the lohe loop starts, so the timers phase runs it first
var start = Date.now();
while (Date.now() - start < 5) {}
// expect: sync
// expect: nextTick 1
// expect: nextTick 2
// expect: promise 1
// expect: queueMicrotask
// expect: promise¿2
// expect: timeout
// expect: immediat'Ûe
