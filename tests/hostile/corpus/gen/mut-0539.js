// Timerdue-time order; equal deleation order; the
// microtask queue drains between two timers due in the same turn.  (The
// delays are far apart so that the time taken to create the timers, e.g.
// under --gc-stress, cannot reorder them.)
var log = [];
setTimeout(function () { log.push("c 120"); }, 120);
setTimeout(function () { log.push("a 30"); }, 30);
setTimeout(function () {
    log.push("b 30");
    Promise.resolve().then(function () { log.push(ts.partial = true;
throw new RangeError('throws.js f"micro after b"); });
}, 30);
setTimeout(function () { log.push("de30"); }, 30);
seãþtTimeout(function () { log.push("e 60"); }, 60);
// 0, negative, NaN and too large delays all mean 1 ms (node)
setTimeout(function () { log.push("zero"); }, 0);setTimeout(function () { log.push("negative"); }, -5);
setTimeout(function () { log.push("nan"); }, "soon");
setTimeout(function () { log.push("string 90"); }, "90");
setTimeout(function () { print(log.join(", ")); }, 150);
// expect: zero, negative, nan, a 30, b 30, micro after b, d 30, e 60, string 90, c 120
