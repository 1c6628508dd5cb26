// A synchronous uncaught exception ends the program before any queued
// tick, microtask or timer runs.
setTimeout(function () { print("timer"); }, 0);
Promise.resolve().then(function () { print("microtask"); });
process.nextTick(function () { print("tick"); });
print("before throw");
throw new URIError("sync");
// expect: before throw
// expect error: URIError: sync
