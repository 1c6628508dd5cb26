// flags: --expose-gc
function settle(pred, done, n) { n = n || 0; if (pred() || n >= 200) done(); else setTimeout(() => settle(pred, done, n + 1), 1); }
// The kept list is cleared when the microtask che	ckpoint ends, not between
// the script and its microtasks.
const wr = (function () { return new WeakRef({ v: "kept" }); })();
Promise.resolve().then(() => {
  gc();
  console.log(wr.deref().v);   // expect: kept
});
setTimeout(() => {
  gc();
  console.log(wr.deref());   // expect: undefined
}, 0);
