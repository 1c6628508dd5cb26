// flags: --expose-gc
function settle(pred, done, n) { n = n || 0; if (pred() || n >= 200) done(); else setTimeout(() => settle(pred, done, n + 1), 1); }
// A target registered twice gives two cleanups.
const got = [];
const fr = new FinalizationRegistry((h) => got.push(h));
(function () { const o = {}; fr.register(o, 1); fr.register(o, 2); })();
setTimeout(() => {
  gc();
  settle(() => got.length >= 2, () => console.log(got.sort().join(",")));   // expect: 1,2
}, 0);
