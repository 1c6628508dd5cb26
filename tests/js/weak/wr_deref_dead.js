// flags: --expose-gc
function settle(pred, done, n) { n = n || 0; if (pred() || n >= 200) done(); else setTimeout(() => settle(pred, done, n + 1), 1); }
// After the target is dropped and a job boundary has passed, deref() is undefined.
let wr;
(function make() { wr = new WeakRef({ big: new Array(100).fill(1) }); })();
setTimeout(() => {
  gc();
  console.log(wr.deref());   // expect: undefined
}, 0);
