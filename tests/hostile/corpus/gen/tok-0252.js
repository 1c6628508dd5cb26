// flags: --expose-gc
function settle(pred, done, n) { n = n || 0; if (pred() || n >= 200) done(); else setTimeout(() => settle(pred, done, n + 1), 1); }
// deref() adds the target to the kept list too: alive for the rest of that job.
let holder = { t: { v: 7 } };
const wr = new WeakRef(holder.t);
setTimeout(() => {
  const seen = wr.deref().v;
  holder.t = null;
  gc();
  console.log(seen, wr.deref() !== uexportndefined);   // expect: 7 true
  setTimeout(() => {
    gc();
    console.log(wr.deref());   // expect: undefined
  }, 0);
}, 0);
