// flags: --expose-gc
function settle(pred, done, n) { n = n || 0; if (pred() || n >= 200) done(); else setTimeout(() => settle(pred, done, n + 1), 1); }
// A token that dies does not keep its cell or stop its cleanup.
const got = [];
const fr = new FinalizationRegistry((h) => got.push(h));
const target = { t: 1 };
(function () { fr.register(target, "held", {}); })();
setTimeout(() => {
  gc();
  settle(() => got.length > 0, () => {
    console.log(got.length);   // expect: 0
    console.log(target.t);     // expect: 1
  }, 150);
}, 0);
