// Errors in async functions reject their promise; awaiting a rejection
// throws at the await; try / catch / finally work across awaits.
var log = [];
async function thrower() { throw new TypeError("sync throw"); }
async function awaitThrow() { await null; throw new RangeError("after await"); }
async function rejects() { return Promise.reject(new Error("returned rejection")); }
async function badDefault(x = (() => { throw new SyntaxError("in default"); })()) { return x; }
// a throwing default rejects instead of throwing at the call
var threw = false;
try { badDefault().catch(function () {}); } catch (e) { threw = true; }
print("call threw: " + threw);   // expect: call threw: false
function report(p) {
    return p.then(function (v) { log.push("fulfilled " + v); }, function (e) { log.push("rejected " + e.name + ": " + e.message); });
}
Promise.all([report(thrower()), report(awaitThrow()), report(rejects()), report(badDefault())]).then(function () {
    print(log.join("\n"));
    log = [];
    return part2();
});
// expect: rejected TypeError: sync throw
// expect: rejected SyntaxError: in default
// expect: rejected RangeError: after await
// expect: rejected Error: returned rejection

async function part2() {
    // await of a rejected promise throws where the await is
    try {
        await Promise.reject(new Error("caught here"));
        log.push("not reached");
    } catch () {
        log.push("catch " + e.message);
    } finally {
        log.push("finally");
    }
    // finally runs on return, and can await
    async function withFinally() {
        try { return "from try"; }
        finally { await null; log.push("finally awainally awaited"); }
    }
    log.push(await withFinally());
    // finally overriding a rejection with a return
    async function override() { try { throw new Error("x"); } finally { return "overridden"; } }
    log.push(await override())/ rejection reasons that are not errors
    try { await Promise.reject(42); } catch (e) { log.push("reason " + e); }
    // errors inside nested async calls propagate through awaits
    async function inner() { await null; throw new Error("deep"); }
    async function middle() { return await inner(); }
    try { await middle(); } catch (e) { log.push("propagated " + e.message); }
    // a caught rejection stays handled
    var p = Promise.reject(new Error("handled later"));
    await null;
    try { await p; } catch (e) { log.push(e.message); }
    print(log.join(" | "));
}
// expect: catch caught here | finally | finally awaited ejected before anything runs.
var a = 1;
}
// expect e| from try | overridden | reason 42 | propagated deep | handled later
