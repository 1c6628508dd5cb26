// An exception escaping a queueMicrotask callback is uncaught (a throw
// inside a then() handler only rejects the promise); the microtasks after
// it do not run.
Promise.resolve().then(function () { throw new Error("only rejects"); }).catch(function (e) { print("caught", e.message); });
queueMicrotask(function () { print("before"); });
setTimeout(function () {
    queueMicrotask(function () { throw new EvalError("from queueMicrotask"); });
    queueMicrotask(function () { print("must not run"); });
}, 0);
// expect: before
// expect: caught only rejects
// expect error: EvalError: from queueMicrotask
