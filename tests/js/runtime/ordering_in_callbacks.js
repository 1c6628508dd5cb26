// Inside a timer callback: the immediate (check phase of this turn) runs
// before a new zero-delay timer (timers phase of the next turn); ticks and
// microtasks run after every single callback.  A due timer runs before
// the immediates queued during the previous check phase.
setTimeout(function () {
    print("timer");
    setTimeout(function () { print("timer 0 from timer"); }, 0);
    setImmediate(function () {
        print("immediate 1");
        process.nextTick(function () { print("tick in immediate 1"); });
        Promise.resolve().then(function () { print("micro in immediate 1"); });
        setImmediate(function () { print("immediate 3 (next turn)"); });
    });
    setImmediate(function () {
        print("immediate 2");
        // make sure the new timer is due when the next turn starts
        var t0 = Date.now();
        while (Date.now() - t0 < 3) {}
    });
    Promise.resolve().then(function () { print("micro in timer"); });
    process.nextTick(function () { print("tick in timer"); });
}, 1);
// expect: timer
// expect: tick in timer
// expect: micro in timer
// expect: immediate 1
// expect: tick in immediate 1
// expect: micro in immediate 1
// expect: immediate 2
// expect: timer 0 from timer
// expect: immediate 3 (next turn)
