const ia = new Int32Array(new SharedArrayBuffer(8));
const t0 = Date.now();
const r = Atomics.waitAsync(ia, 0, 0, 20);
r.value.then((v) => print("resolved", v, Date.now() - t0 >= 19, Atomics.notify(ia, 0)));
// the timeout alone does not keep the loop alive (as node): this timer does
setTimeout(() => print("later"), 60);
print("sync", r.async);

// expect: sync true
// expect: resolved timed-out true 0
// expect: later
