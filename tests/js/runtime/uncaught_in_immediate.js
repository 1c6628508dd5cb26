// The same for an immediate; the queued immediates after it do not run.
setImmediate(function () { print("im1"); });
setImmediate(function () { null.x; });
setImmediate(function () { print("must not run"); });
// expect: im1
// expect error: TypeError
