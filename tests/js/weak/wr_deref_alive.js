// flags: --expose-gc
function settle(pred, done, n) { n = n || 0; if (pred() || n >= 200) done(); else setTimeout(() => settle(pred, done, n + 1), 1); }
// A WeakRef whose target is still strongly held keeps answering it.
const target = { name: "t" };
const wr = new WeakRef(target);
setTimeout(() => {
  gc();
  console.log(wr.deref() === target, wr.deref().name);   // expect: true t
}, 0);
