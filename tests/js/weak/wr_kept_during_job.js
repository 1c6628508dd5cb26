// flags: --expose-gc
function settle(pred, done, n) { n = n || 0; if (pred() || n >= 200) done(); else setTimeout(() => settle(pred, done, n + 1), 1); }
// new WeakRef(o) keeps o alive until the current job ends (KeepDuringJob).
function make() { return new WeakRef({ v: 42 }); }
const wr = make();
gc();
console.log(wr.deref().v);   // expect: 42
setTimeout(() => {
  gc();
  console.log(wr.deref());   // expect: undefined
}, 0);
