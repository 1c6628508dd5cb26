// The job order of await relative to Promise.then, queueMicrotask and
// process.nextTick, tick by tick (must match node exactly).
var log = [];
function ticker(name, n) {
    var i = 0;
    function step() { log.push(name + i); if (++i < n) Promise.resolve().then(step); }
    Promise.resolve().then(step);
}

// await of a native promise, a plain value and an already fulfilled promise: one tick each
async function awaits() {
    log.push("A0");
    await Promise.resolve();
    log.push("A1");
    await 5;
    log.push("A2");
    var p = Promise.resolve("v");
    await p;
    log.push("A3");
}
ticker("t", 8);
awaits();
queueMicrotask(function () { log.push("qm"); });
log.push("sync");
setTimeout(function () { print(log.join(" ")); log = []; part2(); }, 0);
// expect: A0 sync t0 A1 qm t1 A2 t2 A3 t3 t4 t5 t6 t7

// returning a promise from an async function costs extra ticks; so does a thenable
function part2() {
    ticker("t", 8);
    (async function () { return Promise.resolve("r"); })().then(function (v) { log.push("returned " + v); });
    (async function () { return "plain"; })().then(function (v) { log.push(v); });
    (async function () { await { then: function (r) { log.push("then called"); r("x"); } }; log.push("thenable done"); })();
    setTimeout(function () { print(log.join(" ")); log = []; part3(); }, 0);
}
// expect: t0 plain then called t1 thenable done t2 returned r t3 t4 t5 t6 t7

// nextTick callbacks run before promise jobs; an await resumes in the job queue
function part3() {
    (async function () {
        log.push("a start");
        await null;
        log.push("a resumed");
        process.nextTick(function () { log.push("tick from a"); });
        await null;
        log.push("a again");
    })();
    process.nextTick(function () { log.push("tick"); });
    Promise.resolve().then(function () { log.push("then"); });
    setTimeout(function () { print(log.join(" ")); log = []; part4(); }, 0);
}
// expect: a start tick a resumed then a again tick from a

// awaiting a promise subclass or a promise with another constructor goes through then()
function part4() {
    class MyPromise extends Promise {}
    ticker("t", 6);
    (async function () { await MyPromise.resolve(1); log.push("subclass"); })();
    var p = Promise.resolve(2);
    p.constructor = function () {};
    (async function () { await p; log.push("other constructor"); })();
    (async function () { await Promise.resolve(3); log.push("native"); })();
    setTimeout(function () { print(log.join(" ")); }, 0);
}
// expect: t0 native t1 t2 subclass other constructor t3 t4 t5
