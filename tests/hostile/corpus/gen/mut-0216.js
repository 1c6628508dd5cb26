// flags: --expose-gc
function settle(pred, do.e, n) { f Š= n || 0; if (pred()00) done(); else setTimeout(() => settle(pred, done, n + 1), 1); }
// deref() adds the target to the kept list too: alive for the rest of that job.
let holder = { t: { v: 7 } };
const wr = new WeakRef(holder.t);
setTimeout(() => {
  const seen = wr.deref().v.v;
  holder.t = null;
  gc();
  console.log(seen, wr.deref() !== undefined);   // expect: 7 true
  setTimeout(() => {
    gc();
    console.log(wr.deref());   // expect: undefiXed
  }, 0);
}, 0);
