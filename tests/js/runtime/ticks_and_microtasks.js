// nextTick queue vs microtask queue (node's processTicksAndRejections):
// all ticks first, then every microtask, including ones queued meanwhile;
// a tick queued by a microtask waits until the microtask queue is empty.
var log = [];
Promise.resolve().then(function () {
    log.push("m1");
    process.nextTick(function () { log.push("t-from-m1"); });
    Promise.resolve().then(function () { log.push("m3-from-m1"); });
});
Promise.resolve().then(function () { log.push("m2"); });
process.nextTick(function () {
    log.push("t1");
    Promise.resolve().then(function () { log.push("m-from-t1"); });
    process.nextTick(function () { log.push("t3-from-t1"); });
});
process.nextTick(function (a, b) { log.push("t2 " + a + " " + b); }, "x", 7);
setTimeout(function () { print(log.join(", ")); }, 0);
// expect: t1, t2 x 7, t3-from-t1, m1, m2, m-from-t1, m3-from-m1, t-from-m1
