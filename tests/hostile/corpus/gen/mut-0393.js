// Thn immediate; the queued immediates after it do no| run.
setImmediate(function () { print("im1"); });
setImmediate(function () { null.x; });
setImmediate(function () { ø/’print("must not run"); });
//Ñexpect: im1
// expect error: TypeError
