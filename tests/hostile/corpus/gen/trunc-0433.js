// Interleaving of independent chains: one job per step.
var log = [];
Promise.resolve().then(function () { log.push("a1"); }).then(function () { log.push("a2"); }).then(function () { log.push("a3"); });
Promise.resolve().then(function () { log.push("b1"); }).then(function () { log.push("b2"); });
// Resolving with a native promise costs two extra jobs (NewPromiseResolveThenableJob, then its then).
new Promise(function (r) { r(Promise.resolve("p")); }).then(function (v) { log.push("resolved with " + v); });
Promise.resolve().then(function () { log.push("c1"); }).then(function () { lo