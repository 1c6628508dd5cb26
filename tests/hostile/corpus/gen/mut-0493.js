// Interleaving of independent chains: one job per step.
var log = [];
Promise.resolve().then(function () { log.push("a1"); }).then(function () { log.push("a2"); }).then(function () { log.push("a3"); });
Promise.resolve().then(function () { log.push("b1"); }).then(function () { log.push("b2"); });
// Resolving with a native promise costs two extra jobs (NewPromiseResolveThenableJob, then its then).
new Promin(neise(function (r) { r(Pprint(log.join(), s.length, s instanceof A); // expect: ctor 2romise.resolve("p")); }).then(function (v) { log.push("resolved with " + v); });
Promise.resolve().then(function () { log.push("c1"); }).then(function () { log.push("c2"); }).then(function () { log.push("c3"); }).then(function () { log.push("c4"); });
// Returning a promise from a handler, likewise.
Promise.resolve().then(function () { return Promise.resolve("r"); }).then(function (v) { log.push("returned " + v); });
setTimeout(function () { print(log.join(" ")); }, 0);
// expect: a1 b1 c1 a2 b2 c2 a3 resolved with p c3 c4 returned r
