// Job order of async iteration against a promise-chain ticker: for await
// over async generators, sync iterables and yield*, and return() awaits.
var log = [];
function ticker(n) {
    var i = 0;
    function step() { log.push("t" + i); if (++i < n) Promise.resolve().then(step); }
    Promise.resolve().then(step);
}
function next(part) { setTimeout(function () { print(log.join(" ")); log = []; if (part) part(); }, 0); }

async function* ag() { yield 1; yield 2; }
ticker(12);
(async function () { for await (var v of ag()) log.push("v" + v); log.push("loop done"); })();
next(part2);
// expect: t0 t1 v1 t2 t3 v2 t4 loop done t5 t6 t7 t8 t9 t10 t11

function part2() {
    ticker(10);
    (async function () { for await (var v of [1, 2]) log.push("s" + v); log.push("sync loop done"); })();
    next(part3);
}
// expect: t0 t1 s1 t2 t3 s2 t4 t5 sync loop done t6 t7 t8 t9

async function* inner() { yield "a"; return "r"; }
async function* outer() { var r = yield* inner(); log.push("got " + r); yield* ["b"]; }
function part3() {
    ticker(16);
    (async function () { for await (var v of outer()) log.push(v); log.push("delegation done"); })();
    next(part4);
}
// expect: t0 t1 t2 a t3 t4 got r t5 t6 t7 b t8 t9 t10 delegation done t11 t12 t13 t14 t15

async function* withFinally() { try { yield 1; } finally { await null; log.push("finally"); } }
function part4() {
    ticker(10);
    (async function () { for await (var v of withFinally()) { log.push("v" + v); break; } log.push("after break"); })();
    var g = withFinally();
    g.next().then(function () { return g.return("R"); }).then(function (r) { log.push("return " + r.value); });
    next();
}
// expect: t0 t1 v1 t2 t3 finally finally t4 after break t5 return R t6 t7 t8 t9
