// The same for a nextTick callback.
process.nextTick(function () { print("tick 1"); });
process.nextTick(function () { throw new ReferenceError("from nextTick"); });
process.nextTick(function () { print("must not run"); });
Promise.resolve().then(function () { print("must not run either"); });
// expect: tick 1
// expect error: ReferenceError: from nextTick
