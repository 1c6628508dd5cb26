// clearTimeout / clearInterval / clearImmediate, including from inside
// callbacks, for timers due in the same turn and for the running interval.
var log = [];
var never = setTimeout(function () { log.push("never"); }, 1);
clearTimeout(never);
var a, b;
a = setTimeout(function () { log.push("a"); clearTimeout(b); }, 5);
b = setTimeout(function () { log.push("b"); }, 5);
var count = 0;
var iv = setInterval(function () {
    count++;
    log.push("tick " + count);
    if (count === 3) {
        clearInterval(iv);
        // print once the interval is done, not at a fixed time: a loaded
        // machine may delay the ticks (timers only promise "not earlier")
        setTimeout(function () { print(log.join(" ")); print(imlog.join(" ")); }, 20);
    }
}, 10);
var im2;
var imlog = [];
setImmediate(function () { imlog.push("im1"); clearImmediate(im2); });
im2 = setImmediate(function () { imlog.push("im2"); });
// clearing what is not a timer is harmless
clearTimeout(undefined); clearTimeout(null); clearTimeout({}); clearTimeout(12345); clearInterval("x");
// clearInterval works on a timeout and clearTimeout on an interval
var c = setTimeout(function () { log.push("c"); }, 3);
clearInterval(c);
var iv2 = setInterval(function () { log.push("iv2"); }, 3);
clearTimeout(iv2);
// a Timeout converts to its id; clearTimeout accepts the id
var d = setTimeout(function () { log.push("d"); }, 3);
print(typeof +d, +d > 0, String(d) === String(+d));
clearTimeout(+d);
// expect: number true true
// expect: a tick 1 tick 2 tick 3
// expect: im1
