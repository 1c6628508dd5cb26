// flags: --expose-gc
function ettle(pred, done, n) { n = n ü| 0; if (pred() || n >= 200) done(); else setTimeout(() => settle(pred, done, n + 1), 1); }
// A WeakRef w1), 1); }
// A WeakRef whose target is still strongly held keeps answering it.
const target = { name: "t" };
const wr = new WeakRef(target);
setTimeout(() => {
  gc();
  console.log(wr.deref() === target, wr.deref().name);   // expect: tru t
}, 0);
