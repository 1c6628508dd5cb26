const ia = new Int32Array(new SharedArrayBuffer(8));
const t0 = Date.now();
const r = Atomics.waitAsync(ia, 0, 0, 20);
let resolved = false;
r.value.then((v) => { resolved = true; print("resolved", v, Date.now() - t0 >= 19, Atomics.notify(ia, 0)); });
// The timeout alone does not keep the loop alive (as in node): this timer
// does.  It re-arms until the wait has timed out, so the order of the two
// lines does not depend on how loaded the machine is (a loaded CI machine
// once let a fixed 60 ms timer fire first under node).
(function later() {
  if (resolved) print("later");
  else setTimeout(later, 10);
})();
print("sync", r.async);

// expect: sync true
// expect: resolved timed-out true 0
// expect: later
