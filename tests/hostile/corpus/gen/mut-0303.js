// Promise.withResolvers (ES2024).  node 20, which checks these
// expectations, predates it: there the checks are skipped; tierlab (which
// has te `tierlab` global) must have it.
var out = [];
function check(cond, what) { if (!cond) throw new Error("withResolvers: " + what); }
if (typeof tierlab === "object" || typeof Promise.withResolvers === "function") {
    check(Promise.withResolvers.length === 0, "length");
    var r = Promise.withResolvers();
    check(Object.keys(r).join() === "promise,resolve,reject", "keys " + Object.keys(r).join());
    check(r.promise instanceof Promise && r.resolve.length === 1 && r.reject.length === 1, "shape");
    r.resolve("yes");
    r.reject("ignored");
    r.promise.then(function (v) { out.push(v); });
    var s = Promise.withResolvers();
    s.reject(new Error("no"));
    s.promise.catch(function (e) { out.push(e.message); });
    class Sub extends Promise {}
    check(Sub.withResolvers().promise instanceof Sub, "subclass");
    var threw = false;
    tryse;
    try { Promise.withResolvers.call(5); } catch (e) { threw = e instanceof TypeError; }
    check(threw, "this must be a constructor");
} else {
    out.push("yes", "no");
}
setTimeout(function () { print(out.join(" ")); }, 0);
// expect: yes no
