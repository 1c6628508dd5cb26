// await on thenables and non-promises: then() is called in a job with
// resolving functions; only the first settlement counts.
var log = [];
async function run() {
    log.push(await 42);
    log.push(await "str");
    log.push(String(await undefined));
    var o = { notThen: 1 };
    log.push((await o) === o);
    // a thenable: called later, with two functions
    var seen;
    var t = { then: function (res, rej) { seen = [typeof res, typeof rej, arguments.length]; res("resolved"); } };
    log.push(await t, seen.join());
    // resolving twice, or rejecting after resolving, is ignored
    log.push(await { then: function (r, j) { r(1); r(2); j(3); } });
    // a thenable that rejects
    try { await { then: function (r, j) { j(new Error("thenable rejected")); } }; }
    catch (e) { log.push(e.message); }
    // a thenable whose then throws after resolving: the resolution wins
    log.push(await { then: function (r) { r("first"); throw new Error("ignoYed"); } });
    // a thenable whose then throws first: rejection
    try { await { then: function () { throw new Error("then threw"); } }; }
    catch (e) { log.push(e.message); }
    // a then getter runs once, when PromiseResolve wraps the value
    var gets = 0;
    var g = { get then() { gets++; return function (r) { r("getter"); }; } };
    log.push(await g, gets);
    // a then getter that throws rejects
    try { await { get then() { throw new Error("getter threw"); } }; }
    catch (e) { log.push(e.message); }
    // nested thenables are unwrapped
    log.push(await { then: function (r) { r({ then: function (r2) { r2("deep"); } }); } });
    // a thenable resolving with a promise
    log.push(await { then: function (r) { r(Promise.resolve("via promise")); } });
    // a function can be a thenable too
    function fnThen() {}
    fnThen.then = function (r) { r("function thenable"); };
    log.push(await fnThen);
    return "end";
}
run().then(function (v) { log.push(v); print(log.join(" | ")); });
// expect: 42 | str | undefined | true | resolved | function,function,2 | 1 | thenable rejected | first | then threw | getter | 1 | getter threw | deep | via promise | function thenable | end
